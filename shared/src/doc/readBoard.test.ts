import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './readBoard';
import { getCollectionMap, getMetaMap } from './boardMaps';

function entry(fields: Record<string, unknown>): Y.Map<unknown> {
  return new Y.Map<unknown>(Object.entries(fields));
}

describe('readBoard', () => {
  it('reads a well-formed document, applying defaults and the canonical order', () => {
    const doc = new Y.Doc();
    getMetaMap(doc).set('title', 'Outage');
    getMetaMap(doc).set('startedAt', 1000);
    getMetaMap(doc).set('resolvedAt', null);
    getMetaMap(doc).set('investigation', { from: 1000, to: 2000 });
    getCollectionMap(doc, 'channels').set('ch', entry({ id: 'ch', name: 'Email' }));
    getCollectionMap(doc, 'comms').set('b', entry({ id: 'b', channelId: 'ch', at: 5000 }));
    getCollectionMap(doc, 'comms').set('a', entry({ id: 'a', channelId: 'ch', at: 5000, summary: 'hi' }));
    getCollectionMap(doc, 'comms').set('z', entry({ channelId: 'ch', at: 10 })); // id left out: the key is the id
    const { board, invalid } = readBoard(doc);
    expect(invalid).toEqual([]);
    expect(board.meta).toEqual({
      title: 'Outage',
      startedAt: 1000,
      resolvedAt: null,
      cadenceMinutes: 30,
      customerImpact: '',
      investigation: { from: 1000, to: 2000 },
    });
    expect(board.comms.map((c) => c.id)).toEqual(['z', 'a', 'b']);
    expect(board.comms[1]).toEqual({ id: 'a', channelId: 'ch', at: 5000, sender: '', summary: 'hi' });
  });

  it('lists malformed entries with field paths, leaves them out and never throws', () => {
    const doc = new Y.Doc();
    const channels = getCollectionMap(doc, 'channels');
    channels.set('ok', entry({ id: 'ok', name: 'Status page' }));
    channels.set('noname', entry({ id: 'noname' }));
    channels.set('raw', { id: 'raw', name: 'plain object, not a Y.Map' });
    channels.set('num', 42);
    channels.set('text', new Y.Text('x'));
    channels.set('list', Y.Array.from([1]));
    const comms = getCollectionMap(doc, 'comms');
    comms.set('m1', entry({ id: 'm1', channelId: 'ok', at: '2026-01-01T00:00:00Z' }));
    comms.set('m2', entry({ id: 'm2', channelId: 'gone', at: 1 }));
    comms.set('m3', entry({ id: 'other', channelId: 'ok', at: 1 }));
    comms.set('bad key!', entry({ channelId: 'ok', at: 1 }));
    comms.set('m4', entry({ id: 'm4', channelId: 'ok', at: 1e16 }));
    getCollectionMap(doc, 'stickies').set('s1', entry({ id: 's1', kind: 'issue', x: 'left', y: 0, category: 'blame' }));
    getCollectionMap(doc, 'annotations').set('i1', entry({ id: 'i1', points: [1, 2, 3] }));

    const { board, invalid } = readBoard(doc);
    expect(board.channels.map((c) => c.id)).toEqual(['ok']);
    expect(board.comms).toEqual([]);
    expect(board.stickies).toEqual([]);
    expect(board.annotations).toEqual([]);
    const byId = Object.fromEntries(invalid.map((e) => [`${e.collection}/${e.id}`, e.message]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        'annotations/i1',
        'channels/noname',
        'channels/num',
        'channels/raw',
        'channels/text',
        'channels/list',
        'comms/bad key!',
        'comms/m1',
        'comms/m2',
        'comms/m3',
        'comms/m4',
        'stickies/s1',
      ].sort(),
    );
    expect(byId['channels/noname']).toMatch(/^channels\.noname\.name: /);
    expect(byId['channels/raw']).toMatch(/expected a Y\.Map.*got an object/);
    expect(byId['channels/num']).toMatch(/got a number/);
    expect(byId['channels/text']).toMatch(/got a Y\.Text/);
    expect(byId['channels/list']).toMatch(/got a Y\.Array/);
    expect(byId['comms/m1']).toMatch(/^comms\.m1\.at: expected a time in epoch milliseconds/);
    expect(byId['comms/m2']).toBe('comms.m2.channelId: unknown channel "gone"');
    expect(byId['comms/m3']).toMatch(/comms\.m3\.id: expected "m3"/);
    expect(byId['comms/bad key!']).toMatch(/\.id: an id may hold only/);
    expect(byId['comms/m4']).toMatch(/comms\.m4\.at: expected a time between the years 0000 and 9999/);
    expect(byId['stickies/s1']).toMatch(/stickies\.s1\.x: .*; stickies\.s1\.category: /);
    expect(byId['annotations/i1']).toMatch(/annotations\.i1\.points: expected x,y pairs/);
  });

  it('reports bad meta fields one by one and keeps the valid rest', () => {
    const doc = new Y.Doc();
    const meta = getMetaMap(doc);
    meta.set('title', 'Kept');
    meta.set('startedAt', 'yesterday');
    meta.set('cadenceMinutes', -5);
    meta.set('customerImpact', 'Kept too');
    meta.set('escalation', { from: 10, to: 5 });
    meta.set('unknownField', 'ignored');
    const { board, invalid } = readBoard(doc);
    expect(board.meta).toEqual({ title: 'Kept', cadenceMinutes: 30, customerImpact: 'Kept too' });
    const ids = invalid.map((e) => e.id).sort();
    expect(ids).toEqual(['cadenceMinutes', 'escalation', 'startedAt']);
    expect(invalid.every((e) => e.collection === 'meta')).toBe(true);
    expect(invalid.find((e) => e.id === 'startedAt')?.message).toMatch(/^meta\.startedAt: expected a time/);
    expect(invalid.find((e) => e.id === 'escalation')?.message).toBe('meta.escalation.to: a phase must end after it starts');
  });

  it('drops a resolution before the start (the cross-field check) and reports it', () => {
    const doc = new Y.Doc();
    getMetaMap(doc).set('startedAt', 5000);
    getMetaMap(doc).set('resolvedAt', 1000);
    const { board, invalid } = readBoard(doc);
    expect(board.meta.startedAt).toBe(5000);
    expect(board.meta.resolvedAt).toBeUndefined();
    expect(invalid).toEqual([
      { collection: 'meta', id: 'resolvedAt', message: 'meta.resolvedAt: the resolution cannot come before the start' },
    ]);
  });

  it('reads an empty document as an empty board', () => {
    const { board, invalid } = readBoard(new Y.Doc());
    expect(invalid).toEqual([]);
    expect(board).toEqual({
      meta: { title: '', cadenceMinutes: 30, customerImpact: '' },
      channels: [],
      comms: [],
      stickies: [],
      actions: [],
      annotations: [],
    });
  });
});
