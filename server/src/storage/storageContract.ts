import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nanoid } from 'nanoid';
import { BoardNotFoundError, type BoardRecord, type BoardStorage, type StoredDoc } from './BoardStorage';

/**
 * The behaviour every {@link BoardStorage} must show. Call it from a test file per
 * implementation: `describeStorageContract('sqlite', async () => new SqliteStorage(...))`.
 * `makeStorage` gets a fresh, empty store for each test; `reopen` (optional) reopens the same
 * store after `close`, to check that data outlives a restart.
 */
export function describeStorageContract(
  name: string,
  makeStorage: () => Promise<BoardStorage>,
  reopen?: (closed: BoardStorage) => Promise<BoardStorage>,
): void {
  describe(`BoardStorage contract: ${name}`, () => {
    let storage: BoardStorage;
    beforeEach(async () => {
      storage = await makeStorage();
    });
    afterEach(async () => {
      await storage.close();
    });

    const record = (overrides: Partial<BoardRecord> = {}): BoardRecord => ({
      id: nanoid(),
      createdAt: 1_700_000_000_000,
      facilitatorKeyHash: 'hash-of-key',
      locked: false,
      ...overrides,
    });

    it('answers ping', async () => {
      await expect(storage.ping()).resolves.toBeUndefined();
    });

    it('creates a board and returns its record', async () => {
      const r = record();
      await storage.createBoard(r, null);
      expect(await storage.getRecord(r.id)).toEqual(r);
      expect(await storage.list()).toContain(r.id);
    });

    it('returns null for an unknown board record', async () => {
      expect(await storage.getRecord('no-such-board-xxxxxxxxxx')).toBeNull();
    });

    it('rejects creating the same board twice', async () => {
      const r = record();
      await storage.createBoard(r, null);
      await expect(storage.createBoard(r, null)).rejects.toThrow();
    });

    it('rebuilds a document from the initial state and appended updates, in order', async () => {
      const r = record();
      const source = new Y.Doc();
      source.getMap('meta').set('title', 'initial');
      await storage.createBoard(r, Y.encodeStateAsUpdate(source));
      const updates: Uint8Array[] = [];
      source.on('update', (u: Uint8Array) => updates.push(u));
      for (let i = 0; i < 20; i++) source.getArray<number>('list').push([i]);
      source.getMap('meta').set('title', 'edited');
      const seqs = await Promise.all(updates.map((u) => storage.append(r.id, u)));
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(seqs.length);

      const stored = await storage.load(r.id);
      expect(stored.updates).toHaveLength(updates.length);
      expect(stored.lastSeq).toBe(seqs.at(-1));
      expect(stored.updateBytes).toBe(updates.reduce((n, u) => n + u.byteLength, 0));
      const rebuilt = rebuild(stored);
      expect(rebuilt.getMap('meta').get('title')).toBe('edited');
      expect(rebuilt.getArray('list').toArray()).toEqual([...Array(20).keys()]);
    });

    it('keeps boards apart', async () => {
      const a = record();
      const b = record();
      await storage.createBoard(a, null);
      await storage.createBoard(b, null);
      await storage.append(a.id, updateSetting('who', 'a'));
      await storage.append(b.id, updateSetting('who', 'b'));
      expect(rebuild(await storage.load(a.id)).getMap('m').get('who')).toBe('a');
      expect(rebuild(await storage.load(b.id)).getMap('m').get('who')).toBe('b');
    });

    it('compacts: the snapshot replaces updates up to the given sequence, later ones stay', async () => {
      const r = record();
      await storage.createBoard(r, null);
      const { doc, updates } = twoEdits();
      const s1 = await storage.append(r.id, updates[0]!);
      const s2 = await storage.append(r.id, updates[1]!);
      const snapshotAtS1 = new Y.Doc();
      Y.applyUpdate(snapshotAtS1, updates[0]!);
      await storage.compact(r.id, Y.encodeStateAsUpdate(snapshotAtS1), s1);

      const stored = await storage.load(r.id);
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toHaveLength(1);
      expect(stored.lastSeq).toBe(s2);
      expect(rebuild(stored).getMap('m').toJSON()).toEqual({ a: 1, b: 2 });

      await storage.compact(r.id, Y.encodeStateAsUpdate(doc), s2);
      const after = await storage.load(r.id);
      expect(after.updates).toHaveLength(0);
      expect(after.lastSeq).toBe(s2);
      expect(rebuild(after).getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    });

    it('numbers appends above every sequence a compaction has consumed, also after the log was emptied', async () => {
      const r = record();
      await storage.createBoard(r, null);
      const { doc, updates } = twoEdits();
      const s1 = await storage.append(r.id, updates[0]!);
      await storage.compact(r.id, Y.encodeStateAsUpdate(doc), s1); // the log is empty now
      const s2 = await storage.append(r.id, updates[1]!);
      expect(s2).toBeGreaterThan(s1);
      // A compaction encoded before s2 arrived names s1: it must not delete s2.
      await storage.compact(r.id, Y.encodeStateAsUpdate(doc), s1);
      expect((await storage.load(r.id)).updates).toHaveLength(1);
      expect((await storage.load(r.id)).lastSeq).toBe(s2);
    });

    it('stores lock state and read token hashes', async () => {
      const r = record();
      await storage.createBoard(r, null);
      await storage.setLocked(r.id, true);
      expect((await storage.getRecord(r.id))?.locked).toBe(true);
      await storage.setLocked(r.id, false);
      expect((await storage.getRecord(r.id))?.locked).toBe(false);
      expect(await storage.hasReadTokenHash(r.id, 'token-hash')).toBe(false);
      await storage.addReadTokenHash(r.id, 'token-hash');
      await storage.addReadTokenHash(r.id, 'token-hash');
      expect(await storage.hasReadTokenHash(r.id, 'token-hash')).toBe(true);
      expect(await storage.hasReadTokenHash(r.id, 'other-hash')).toBe(false);
    });

    it('finds the board a read token hash was minted for', async () => {
      const a = record();
      const b = record();
      await storage.createBoard(a, null);
      await storage.createBoard(b, null);
      expect(await storage.findBoardByReadTokenHash('hash-a')).toBeNull();
      await storage.addReadTokenHash(a.id, 'hash-a');
      await storage.addReadTokenHash(a.id, 'hash-a2');
      await storage.addReadTokenHash(b.id, 'hash-b');
      expect(await storage.findBoardByReadTokenHash('hash-a')).toBe(a.id);
      expect(await storage.findBoardByReadTokenHash('hash-a2')).toBe(a.id);
      expect(await storage.findBoardByReadTokenHash('hash-b')).toBe(b.id);
      expect(await storage.findBoardByReadTokenHash('hash-unknown')).toBeNull();
      expect(await storage.findBoardByReadTokenHash(a.id)).toBeNull();
    });

    it('rejects document operations on an unknown board', async () => {
      await expect(storage.load('no-such-board-xxxxxxxxxx')).rejects.toBeInstanceOf(BoardNotFoundError);
      await expect(storage.append('no-such-board-xxxxxxxxxx', updateSetting('x', 1))).rejects.toBeInstanceOf(
        BoardNotFoundError,
      );
      await expect(storage.setLocked('no-such-board-xxxxxxxxxx', true)).rejects.toBeInstanceOf(BoardNotFoundError);
    });

    it('deletes a board with its snapshot, update log and read tokens, leaving other boards alone', async () => {
      const gone = record();
      const kept = record();
      await storage.createBoard(gone, updateSetting('title', 'secret incident'));
      await storage.createBoard(kept, updateSetting('title', 'kept'));
      const { doc, updates } = twoEdits();
      const s1 = await storage.append(gone.id, updates[0]!);
      await storage.append(gone.id, updates[1]!);
      await storage.compact(gone.id, Y.encodeStateAsUpdate(doc), s1); // a snapshot and a log
      await storage.addReadTokenHash(gone.id, 'hash-gone');
      await storage.addReadTokenHash(kept.id, 'hash-kept');
      await storage.append(kept.id, updateSetting('k', 1));

      expect(await storage.deleteBoard(gone.id)).toBe(true);

      expect(await storage.getRecord(gone.id)).toBeNull();
      expect(await storage.list()).not.toContain(gone.id);
      await expect(storage.load(gone.id)).rejects.toBeInstanceOf(BoardNotFoundError);
      expect(await storage.findBoardByReadTokenHash('hash-gone')).toBeNull();
      expect(await storage.hasReadTokenHash(gone.id, 'hash-gone')).toBe(false);
      expect(await storage.deleteBoard(gone.id)).toBe(false);
      expect(await storage.getRecord(kept.id)).toEqual(kept);
      expect(await storage.findBoardByReadTokenHash('hash-kept')).toBe(kept.id);
      expect(rebuild(await storage.load(kept.id)).getMap('m').toJSON()).toEqual({ title: 'kept', k: 1 });
    });

    it('answers false for deleting an unknown board', async () => {
      expect(await storage.deleteBoard('no-such-board-xxxxxxxxxx')).toBe(false);
    });

    it('never lets a deleted board come back: later appends, compactions, lock and tokens reject', async () => {
      const r = record();
      await storage.createBoard(r, null);
      await storage.append(r.id, updateSetting('a', 1)); // its sequence number is known now
      const queued = storage.append(r.id, updateSetting('b', 2)); // still queued when deleted
      await storage.deleteBoard(r.id);
      await queued.catch(() => {}); // committed before the delete (then deleted) or refused
      await expect(storage.append(r.id, updateSetting('c', 3))).rejects.toBeInstanceOf(BoardNotFoundError);
      await expect(storage.compact(r.id, updateSetting('d', 4), 10)).rejects.toBeInstanceOf(BoardNotFoundError);
      await expect(storage.setLocked(r.id, true)).rejects.toBeInstanceOf(BoardNotFoundError);
      await expect(storage.addReadTokenHash(r.id, 'late-hash')).rejects.toBeInstanceOf(BoardNotFoundError);
      expect(await storage.getRecord(r.id)).toBeNull();
      await expect(storage.load(r.id)).rejects.toBeInstanceOf(BoardNotFoundError);
    });

    it('leaves nothing of a deleted board behind: a board created again under its id starts empty', async () => {
      const r = record();
      await storage.createBoard(r, updateSetting('title', 'old'));
      await storage.append(r.id, updateSetting('old', true));
      await storage.addReadTokenHash(r.id, 'old-hash');
      await storage.deleteBoard(r.id);
      await storage.createBoard(r, null);
      const stored = await storage.load(r.id);
      expect(stored.snapshot).toBeNull();
      expect(stored.updates).toEqual([]);
      expect(await storage.hasReadTokenHash(r.id, 'old-hash')).toBe(false);
    });

    it('does not let a failing append fail the appends queued with it', async () => {
      const r = record();
      await storage.createBoard(r, null);
      const results = await Promise.allSettled([
        storage.append(r.id, updateSetting('k', 1)),
        storage.append('no-such-board-xxxxxxxxxx', updateSetting('k', 2)),
        storage.append(r.id, updateSetting('k', 3)),
      ]);
      expect(results.map((x) => x.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((await storage.load(r.id)).updates).toHaveLength(2);
    });

    it('copies bytes: mutating a buffer after append does not change stored data', async () => {
      const r = record();
      await storage.createBoard(r, null);
      const update = updateSetting('k', 'v');
      const pending = storage.append(r.id, update);
      const copy = update.slice();
      update.fill(0);
      await pending;
      expect((await storage.load(r.id)).updates[0]).toEqual(copy);
    });

    if (reopen) {
      it('keeps everything across close and reopen', async () => {
        const r = record();
        await storage.createBoard(r, updateSetting('title', 'kept'));
        await storage.setLocked(r.id, true);
        await storage.addReadTokenHash(r.id, 'token-hash');
        const pending = storage.append(r.id, updateSetting('later', true));
        await storage.close();
        await pending;
        storage = await reopen(storage);
        expect((await storage.getRecord(r.id))?.locked).toBe(true);
        expect(await storage.hasReadTokenHash(r.id, 'token-hash')).toBe(true);
        expect(await storage.findBoardByReadTokenHash('token-hash')).toBe(r.id);
        expect(rebuild(await storage.load(r.id)).getMap('m').toJSON()).toEqual({ title: 'kept', later: true });
      });

      it('keeps a deleted board deleted across close and reopen', async () => {
        const r = record();
        await storage.createBoard(r, updateSetting('title', 'gone'));
        await storage.append(r.id, updateSetting('later', true));
        await storage.addReadTokenHash(r.id, 'token-hash');
        await storage.deleteBoard(r.id);
        await storage.close();
        storage = await reopen(storage);
        expect(await storage.getRecord(r.id)).toBeNull();
        expect(await storage.list()).not.toContain(r.id);
        expect(await storage.findBoardByReadTokenHash('token-hash')).toBeNull();
        await expect(storage.load(r.id)).rejects.toBeInstanceOf(BoardNotFoundError);
      });

      it('keeps numbering appends above the compacted ones after a reopen', async () => {
        const r = record();
        await storage.createBoard(r, null);
        const first = await storage.append(r.id, updateSetting('a', 1));
        const second = await storage.append(r.id, updateSetting('b', 2));
        const stored = await storage.load(r.id);
        await storage.compact(r.id, Y.encodeStateAsUpdate(rebuild(stored)), second); // log emptied
        await storage.close();
        storage = await reopen(storage);
        const third = await storage.append(r.id, updateSetting('c', 3));
        expect(third).toBeGreaterThan(second);
        expect(second).toBeGreaterThan(first);
        await storage.compact(r.id, Y.encodeStateAsUpdate(rebuild(stored)), second); // a stale compaction
        expect(rebuild(await storage.load(r.id)).getMap('m').toJSON()).toEqual({ a: 1, b: 2, c: 3 });
      });
    }
  });
}

/** A document with two edits (m.a = 1, then m.b = 2) and the update of each. */
function twoEdits(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.getMap('m').set('a', 1);
  doc.getMap('m').set('b', 2);
  return { doc, updates };
}

function rebuild(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc;
}

function updateSetting(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}
