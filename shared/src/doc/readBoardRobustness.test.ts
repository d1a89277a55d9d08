import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardFileSchema } from '../model/boardFile';
import { collectionNames } from '../model/entities';
import { BOARD_MAPS } from './boardMaps';
import { deleteEntity, upsertChannel, upsertComm } from './boardMutations';
import { readBoard } from './readBoard';
import { docToBoardFile } from './writeBoardToDoc';

/** Plain JSON-ish values of every shape, including near-misses of real fields. */
const value = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.double(),
  fc.constantFrom('issue', 'c1', '#d62728', '2026-03-04T10:00:00Z', '', null),
);
const fields = fc.dictionary(
  fc.constantFrom('id', 'name', 'channelId', 'at', 'kind', 'x', 'y', 'points', 'due', 'text', 'width', 'other'),
  value,
);

describe('readBoard on arbitrary content', () => {
  it('never throws, accounts for every entry, and always exports a valid board file', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            map: fc.constantFrom(...BOARD_MAPS),
            key: fc.constantFrom('c1', 'c2', 'm1', 's1', 'x y', 'title', 'startedAt', 'resolvedAt', 'cadenceMinutes'),
            asYMap: fc.boolean(),
            fields,
            raw: value,
          }),
          { maxLength: 25 },
        ),
        (writes) => {
          const doc = new Y.Doc();
          for (const w of writes) {
            const map = doc.getMap<unknown>(w.map);
            if (w.map === 'meta') map.set(w.key, w.raw);
            else map.set(w.key, w.asYMap ? new Y.Map(Object.entries(w.fields)) : w.raw);
          }
          // Survives a sync: the encoded form is what other clients see.
          const synced = new Y.Doc();
          Y.applyUpdate(synced, Y.encodeStateAsUpdate(doc));
          const { board, invalid } = readBoard(synced);
          for (const name of collectionNames) {
            const valid = board[name].map((e) => e.id);
            const bad = invalid.filter((e) => e.collection === name).map((e) => e.id);
            expect([...valid, ...bad].sort()).toEqual([...synced.getMap(name).keys()].sort());
          }
          for (const entry of invalid) expect(entry.message).toMatch(/^[a-z]+(\.[^:]+)?: \S/);
          expect(boardFileSchema.safeParse(docToBoardFile(synced)).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports a root name used for another shared type instead of throwing', () => {
    const doc = new Y.Doc();
    doc.getArray('stickies').push([1]);
    const { board, invalid } = readBoard(doc);
    expect(board.stickies).toEqual([]);
    expect(invalid).toEqual([{ collection: 'stickies', id: '*', message: 'stickies: expected a top-level Y.Map' }]);
  });

  it('reports an entry nested too deep to read (a stack overflow) as invalid, and reads the rest', () => {
    const doc = new Y.Doc();
    upsertChannel(doc, { id: 'c1', name: 'Email' });
    doc.transact(() => {
      let map = new Y.Map<unknown>();
      doc.getMap('stickies').set('deep', map);
      for (let i = 0; i < 20_000; i++) {
        const inner = new Y.Map<unknown>();
        map.set('x', inner);
        map = inner;
      }
    });
    const { board, invalid } = readBoard(doc);
    expect(board.channels.map((c) => c.id)).toEqual(['c1']);
    expect(invalid).toEqual([
      { collection: 'stickies', id: 'deep', message: 'stickies.deep: could not be read (shared types nested too deep)' },
    ]);
    expect(boardFileSchema.safeParse(docToBoardFile(doc)).success).toBe(true);
  });

  it('a comm added while its channel is deleted elsewhere shows as invalid after the sync', () => {
    const a = new Y.Doc();
    upsertChannel(a, { id: 'c1', name: 'Email' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    deleteEntity(a, 'channels', 'c1');
    upsertComm(b, { id: 'm1', channelId: 'c1', at: 1000 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const { board, invalid } = readBoard(doc);
      expect(board.comms).toEqual([]);
      expect(invalid).toEqual([{ collection: 'comms', id: 'm1', message: 'comms.m1.channelId: unknown channel "c1"' }]);
    }
  });
});
