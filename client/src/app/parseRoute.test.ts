import { boardPath, viewPath } from '@gapboard/shared';
import { describe, expect, it } from 'vitest';
import { parseRoute } from './parseRoute';

const ID = 'Vh3k9Qm2xPz7Lr4Tn8Wc5y';

describe('parseRoute', () => {
  it.each([
    ['/', '', ''],
    ['', '', ''],
    ['//', '?x=1', '#y'],
  ])('reads %j as home', (path, search, hash) => {
    expect(parseRoute(path, search, hash)).toEqual({ name: 'home' });
  });

  it('reads a board path with neither token nor key', () => {
    expect(parseRoute(`/b/${ID}`, '', '')).toEqual({ name: 'board', boardId: ID, viaViewToken: false, viewToken: null, keyFromFragment: null });
  });

  it('reads the read-only token from ?view= and ignores a trailing slash', () => {
    expect(parseRoute(`/b/${ID}/`, '?view=tok123', '')).toMatchObject({ boardId: ID, viewToken: 'tok123' });
  });

  it('reads the facilitator key from the fragment only', () => {
    expect(parseRoute(`/b/${ID}`, '?key=notthis', '#key=secret-1')).toMatchObject({ keyFromFragment: 'secret-1', viewToken: null });
  });

  it.each([['/b/'], ['/b/short'], ['/b/has space in it 12345'], ['/b/%E0%A4%A'], [`/b/${ID}/extra`], ['/boards']])(
    'reads %j as not found',
    (path) => {
      expect(parseRoute(path, '', '')).toEqual({ name: 'not-found', path });
    },
  );
});

describe('view-token links', () => {
  const TOKEN = 'v_Xy3kQm2xPz7Lr4Tn8Wc5yAb0Cd1Ef2Gh3Ij4Kl5Mn6Op';

  it('reads /v/:token as a read-only board addressed by the token, ignoring any key', () => {
    expect(parseRoute(`/v/${TOKEN}`, '?view=x', '#key=secret')).toEqual({
      name: 'board',
      boardId: TOKEN,
      viaViewToken: true,
      viewToken: null,
      keyFromFragment: null,
    });
  });

  it('round-trips through viewPath', () => {
    expect(parseRoute(viewPath(TOKEN), '', '')).toMatchObject({ boardId: TOKEN, viaViewToken: true });
  });

  it.each([['/v/'], ['/v/a'], [`/v/${TOKEN}/x`]])('reads %j as not found', (path) => {
    expect(parseRoute(path, '', '')).toEqual({ name: 'not-found', path });
  });
});

describe('boardPath', () => {
  it('round-trips through parseRoute', () => {
    const url = new URL(boardPath(ID, 'a b&c'), 'http://x');
    expect(parseRoute(url.pathname, url.search, url.hash)).toMatchObject({ boardId: ID, viewToken: 'a b&c' });
  });
});
