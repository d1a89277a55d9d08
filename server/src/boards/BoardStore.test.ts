import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../storage/MemoryStorage';
import { BoardStore } from './BoardStore';
import { hashSecret } from './secrets';

describe('BoardStore', () => {
  it('creates boards with nanoid ids and stores only the hash of the facilitator key', async () => {
    const storage = new MemoryStorage();
    const store = new BoardStore(storage);
    const { record, facilitatorKey } = await store.create(null, 123);
    expect(record.id).toMatch(/^[A-Za-z0-9_-]{21,}$/);
    expect(record.createdAt).toBe(123);
    const stored = await storage.getRecord(record.id);
    expect(stored?.facilitatorKeyHash).toBe(hashSecret(facilitatorKey));
    expect(JSON.stringify(stored)).not.toContain(facilitatorKey);
  });

  it('resolves roles from the credentials', async () => {
    const store = new BoardStore(new MemoryStorage());
    const { record, facilitatorKey } = await store.create(null);
    const token = await store.mintReadToken(record.id);
    expect(await store.roleFor(record.id, { key: facilitatorKey })).toBe('facilitator');
    expect(await store.roleFor(record.id, {})).toBe('participant');
    expect(await store.roleFor(record.id, { key: 'wrong' })).toBe('participant');
    expect(await store.roleFor(record.id, { readToken: token })).toBe('viewer');
    expect(await store.roleFor(record.id, { readToken: 'made-up' })).toBe('viewer');
    expect(await store.roleFor('no-such-board-xxxxxxxxx', { key: facilitatorKey })).toBeNull();
    expect(await store.isValidReadToken(record.id, token)).toBe(true);
    expect(await store.isValidReadToken(record.id, 'made-up')).toBe(false);
  });

  it('mints prefixed view tokens that resolve to their board, stored only as a hash', async () => {
    const storage = new MemoryStorage();
    const store = new BoardStore(storage);
    const { record, facilitatorKey } = await store.create(null);
    const other = await store.create(null);
    const token = await store.mintReadToken(record.id);
    const second = await store.mintReadToken(record.id);
    expect(token).toMatch(/^v_[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(token);
    expect(token).not.toContain(record.id);
    expect(await storage.hasReadTokenHash(record.id, hashSecret(token))).toBe(true);
    expect(await storage.findBoardByReadTokenHash(token)).toBeNull();

    expect(await store.resolveAddress(token)).toEqual({ boardId: record.id, viaViewToken: true });
    expect(await store.resolveAddress(second)).toEqual({ boardId: record.id, viaViewToken: true });
    expect(await store.resolveAddress(record.id)).toEqual({ boardId: record.id, viaViewToken: false });
    expect(await store.resolveAddress(`v_${'x'.repeat(43)}`)).toBeNull();

    expect(await store.grantFor(token, { key: facilitatorKey })).toEqual({ boardId: record.id, role: 'viewer', viaViewToken: true });
    expect(await store.grantFor(record.id, { key: facilitatorKey })).toEqual({
      boardId: record.id,
      role: 'facilitator',
      viaViewToken: false,
    });
    expect(await store.grantFor(other.record.id, {})).toEqual({ boardId: other.record.id, role: 'participant', viaViewToken: false });
    expect(await store.grantFor('no-such-board-xxxxxxxxx', {})).toBeNull();
    expect(await store.grantFor(`v_${'x'.repeat(43)}`, {})).toBeNull();
  });

  it('keeps the lock synchronously readable and tells listeners about changes', async () => {
    const storage = new MemoryStorage();
    const store = new BoardStore(storage);
    const { record } = await store.create(null);
    const seen: boolean[] = [];
    const unsubscribe = store.onLockChange(record.id, (locked) => seen.push(locked));
    await store.setLocked(record.id, true);
    await store.setLocked(record.id, true);
    expect(store.isLocked(record.id)).toBe(true);
    expect((await storage.getRecord(record.id))?.locked).toBe(true);
    unsubscribe();
    await store.setLocked(record.id, false);
    expect(seen).toEqual([true]);
    expect(store.isLocked(record.id)).toBe(false);

    // A fresh store (another process) learns the lock when it first reads the record.
    const fresh = new BoardStore(storage);
    await store.setLocked(record.id, true);
    expect(await fresh.roleFor(record.id, {})).toBe('participant');
    expect(fresh.isLocked(record.id)).toBe(true);
  });
});
