import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boardAddressSchema, boardPath, parseBoardPath, viewPath } from './boardPath';

const ID = 'Vh3k9Qm2xPz7Lr4Tn8Wc5y';
const TOKEN = 'v_Xy3kQm2xPz7Lr4Tn8Wc5yAb0Cd1Ef2Gh3Ij4Kl5Mn6Op';

describe('parseBoardPath', () => {
  it.each([
    [`/b/${ID}`, { kind: 'board', address: ID }],
    [`/b/${ID}/`, { kind: 'board', address: ID }],
    [`/b/${ID}//`, { kind: 'board', address: ID }],
    [`/v/${TOKEN}`, { kind: 'view', address: TOKEN }],
    [`/b/${TOKEN}`, { kind: 'board', address: TOKEN }],
    ['/b/Vh3k9Qm2%5FxPz7', { kind: 'board', address: 'Vh3k9Qm2_xPz7' }],
    [`/b/${'a'.repeat(8)}`, { kind: 'board', address: 'a'.repeat(8) }],
    [`/b/${'a'.repeat(64)}`, { kind: 'board', address: 'a'.repeat(64) }],
  ])('reads %j', (path, expected) => {
    expect(parseBoardPath(path)).toEqual(expected);
  });

  it.each([
    ['/'],
    [''],
    ['/b/'],
    ['/v/'],
    ['/b'],
    ['/b/short'],
    ['/v/a'],
    [`/b/${'a'.repeat(65)}`],
    ['/b/has%20space%20in%20it%2012345'],
    ['/b/%E0%A4%A'],
    ['/b/abc%2Fdefghij'],
    [`/b/${ID}/extra`],
    [`/v/${TOKEN}/x`],
    [`/x/${ID}`],
    [`/bx/${ID}`],
    [`//b/${ID}`],
    [`/B/${ID}`],
    ['/boards'],
    ['/api/boards'],
  ])('reads %j as no board page', (path) => {
    expect(parseBoardPath(path)).toBeNull();
  });
});

describe('boardPath and viewPath', () => {
  it('write the design’s URLs', () => {
    expect(boardPath(ID)).toBe(`/b/${ID}`);
    expect(boardPath(ID, 'a b&c')).toBe(`/b/${ID}?view=a%20b%26c`);
    expect(viewPath(TOKEN)).toBe(`/v/${TOKEN}`);
  });

  it('round-trip through parseBoardPath for every valid address', () => {
    const address = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);
    fc.assert(
      fc.property(address, (a) => {
        expect(boardAddressSchema.safeParse(a).success).toBe(true);
        expect(parseBoardPath(boardPath(a))).toEqual({ kind: 'board', address: a });
        expect(parseBoardPath(viewPath(a))).toEqual({ kind: 'view', address: a });
      }),
    );
  });
});
