import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardInputError } from './BoardInputError';
import { getCollectionMap, getMetaMap } from './boardMaps';
import {
  addAnnotation,
  deleteEntity,
  patchEntity,
  setMeta,
  upsertAction,
  upsertChannel,
  upsertComm,
  upsertSticky,
} from './boardMutations';
import { readBoard } from './readBoard';

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  upsertChannel(doc, { id: 'sp', name: 'Status page' });
  upsertChannel(doc, { id: 'tw', name: 'Twitter' });
  upsertComm(doc, { id: 'm1', channelId: 'sp', at: 1000, summary: 'Investigating' });
  upsertComm(doc, { id: 'm2', channelId: 'tw', at: 2000 });
  upsertComm(doc, { id: 'm3', channelId: 'sp', at: 3000 });
  upsertSticky(doc, { id: 's1', kind: 'issue', text: 'Silent for 2 h', x: 10, y: 300 });
  return doc;
}

/** Throws and returns the BoardInputError, failing the test if something else happens. */
function inputError(fn: () => unknown): BoardInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BoardInputError) return e;
    throw e;
  }
  throw new Error('expected a BoardInputError');
}

describe('mutation helpers', () => {
  it('write valid entities with defaults and one transaction each', () => {
    const doc = seeded();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    const me = { user: 'ana' };
    upsertAction(doc, { id: 'a1', text: 'Holding-update template', owner: 'Ana', due: '2026-12-01' }, me);
    addAnnotation(doc, { id: 'i1', points: [0, 0, 10, 10] }, me);
    setMeta(doc, { title: 'Login outage', startedAt: 500, resolvedAt: null }, me);
    expect(origins).toEqual([me, me, me]);
    const { board, invalid } = readBoard(doc);
    expect(invalid).toEqual([]);
    expect(board.meta).toMatchObject({ title: 'Login outage', startedAt: 500, resolvedAt: null });
    expect(board.comms.find((c) => c.id === 'm2')).toEqual({ id: 'm2', channelId: 'tw', at: 2000, sender: '', summary: '' });
    expect(board.annotations).toEqual([
      { id: 'i1', kind: 'ink', points: [0, 0, 10, 10], color: '#d62728', width: 4, author: '' },
    ]);
  });

  it('reject bad input with a field path and leave the document untouched', () => {
    const doc = seeded();
    const before = Y.encodeStateAsUpdate(doc);
    const cases: [() => unknown, RegExp][] = [
      [() => upsertComm(doc, { id: 'm9', channelId: 'sp', at: Number.NaN }), /^comms\.m9\.at: /],
      [() => upsertComm(doc, { id: 'm9', channelId: 'nope', at: 1 }), /^comms\.m9\.channelId: unknown channel "nope"/],
      [() => upsertComm(doc, { id: 'bad id', channelId: 'sp', at: 1 }), /comms\.bad id\.id: an id may hold only/],
      [() => upsertChannel(doc, { id: 'c', name: '   ' }), /^channels\.c\.name: a channel needs a name/],
      [() => upsertSticky(doc, { id: 's2', kind: 'idea' as never, x: 0, y: 0 }), /^stickies\.s2\.kind: /],
      [() => upsertAction(doc, { id: 'a1', due: '2026-13-01' }), /^actions\.a1\.due: /],
      [() => addAnnotation(doc, { id: 'i1', points: [1, 2, 3] }), /^annotations\.i1\.points: expected x,y pairs/],
      [() => setMeta(doc, { startedAt: 5000, resolvedAt: 1000 }), /^meta\.resolvedAt: the resolution cannot come before/],
      [() => setMeta(doc, { cadenceMinutes: 0 }), /^meta\.cadenceMinutes: /],
      [() => setMeta(doc, { bogus: 1 } as never), /^meta\.bogus: unknown field/],
      [() => patchEntity(doc, 'stickies', 's1', { x: 'far' as never }), /^stickies\.s1\.x: /],
      [() => patchEntity(doc, 'stickies', 's1', { colour: 'red' } as never), /^stickies\.s1\.colour: unknown field/],
      [() => patchEntity(doc, 'stickies', 's1', { id: 's9' }), /^stickies\.s1\.id: an entry's id cannot change/],
      [() => patchEntity(doc, 'stickies', 's1', { kind: undefined }), /^stickies\.s1\.kind: /],
      [() => patchEntity(doc, 'stickies', 'missing', { x: 1 }), /^stickies\.missing: no such entry/],
      [() => patchEntity(doc, 'comms', 'm1', { channelId: 'nope' }), /^comms\.m1\.channelId: unknown channel/],
      [() => patchEntity(doc, 'people' as never, 'x', {} as never), /^collection: expected one of/],
      [() => deleteEntity(doc, 'people' as never, 'x'), /^collection: expected one of/],
    ];
    for (const [fn, message] of cases) {
      const error = inputError(fn);
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(message);
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('say as data what was refused: an entry deleted meanwhile, a missing channel, a field over its limit', () => {
    const doc = seeded();
    const longText = 'x'.repeat(2001);
    const cases: [() => unknown, BoardInputError['problem']][] = [
      [() => patchEntity(doc, 'stickies', 'gone', { rootCause: 'No owner' }), { kind: 'missing-entry', collection: 'stickies', id: 'gone' }],
      [() => patchEntity(doc, 'comms', 'm1', { channelId: 'nope' }), { kind: 'missing-entry', collection: 'channels', id: 'nope' }],
      [() => upsertComm(doc, { id: 'm9', channelId: 'nope', at: 1 }), { kind: 'missing-entry', collection: 'channels', id: 'nope' }],
      [
        () => patchEntity(doc, 'stickies', 's1', { rootCause: longText }),
        { kind: 'invalid-fields', fields: [{ field: 'rootCause', reason: 'too-long', max: 2000, message: expect.any(String) }] },
      ],
      [() => upsertChannel(doc, { id: 'c', name: '   ' }), { kind: 'invalid-fields', fields: [{ field: 'name', reason: 'invalid', message: 'a channel needs a name' }] }],
      [
        () => setMeta(doc, { startedAt: 5000, resolvedAt: 1000 }),
        { kind: 'invalid-fields', fields: [{ field: 'resolvedAt', reason: 'invalid', message: expect.stringMatching(/^the resolution cannot come before/) }] },
      ],
      // A caller's mistake rather than something a person can fix: no problem to word.
      [() => patchEntity(doc, 'stickies', 's1', { colour: 'red' } as never), undefined],
    ];
    for (const [fn, problem] of cases) expect(inputError(fn).problem).toEqual(problem);
  });

  it('setMeta removes a field set to undefined and rejects a start after the stored resolution', () => {
    const doc = new Y.Doc();
    setMeta(doc, { startedAt: 1000, resolvedAt: 2000, timeZone: 'Europe/Berlin' });
    setMeta(doc, { timeZone: undefined });
    expect(getMetaMap(doc).has('timeZone')).toBe(false);
    expect(() => setMeta(doc, { startedAt: 3000 })).toThrow(/meta\.resolvedAt/);
    expect(readBoard(doc).board.meta.startedAt).toBe(1000);
  });

  it('upsert replaces an entity as a whole, dropping fields the new version leaves out', () => {
    const doc = seeded();
    upsertSticky(doc, { id: 's1', kind: 'issue', x: 1, y: 2, rootCause: 'No template', category: 'unsure-what-to-say' });
    upsertSticky(doc, { id: 's1', kind: 'note', x: 1, y: 2 });
    expect(readBoard(doc).board.stickies).toEqual([{ id: 's1', kind: 'note', text: '', x: 1, y: 2 }]);
  });

  it('patchEntity writes only the changed fields and removes optional fields set to undefined', () => {
    const doc = seeded();
    patchEntity(doc, 'stickies', 's1', { rootCause: 'Nobody owned comms', category: 'no-owner' });
    const writes: string[] = [];
    const sticky = getCollectionMap(doc, 'stickies').get('s1') as Y.Map<unknown>;
    sticky.observe((event) => writes.push(...event.keysChanged));
    patchEntity(doc, 'stickies', 's1', { x: 10, y: 400, category: undefined });
    expect(writes.sort()).toEqual(['category', 'y']);
    expect(readBoard(doc).board.stickies[0]).toEqual({
      id: 's1',
      kind: 'issue',
      text: 'Silent for 2 h',
      x: 10,
      y: 400,
      rootCause: 'Nobody owned comms',
    });
  });

  it('deleting a channel deletes its comms in the same transaction', () => {
    const doc = seeded();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(deleteEntity(doc, 'channels', 'sp')).toBe(true);
    expect(transactions).toBe(1);
    const { board } = readBoard(doc);
    expect(board.channels.map((c) => c.id)).toEqual(['tw']);
    expect(board.comms.map((c) => c.id)).toEqual(['m2']);
    expect(deleteEntity(doc, 'stickies', 'never-existed')).toBe(false);
    expect(transactions).toBe(1);
  });

  it('concurrent patches of different fields of one sticky both survive a sync', () => {
    const a = seeded();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    patchEntity(a, 'stickies', 's1', { text: 'Edited by Ana' });
    patchEntity(b, 'stickies', 's1', { x: 777, y: 555 });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    for (const doc of [a, b]) {
      expect(readBoard(doc).board.stickies[0]).toEqual({
        id: 's1',
        kind: 'issue',
        text: 'Edited by Ana',
        x: 777,
        y: 555,
      });
    }
  });
});
