import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Metrics } from '../metrics';
import type { BoardStorage } from '../storage/BoardStorage';
import { MemoryStorage } from '../storage/MemoryStorage';
import { LogCompactor } from './LogCompactor';
import { settle } from './fakeRoomSocket.testHelper';

const BOARD = 'board-compactor-xxxxxxxxxx';
const silentLog = { info() {}, warn() {}, error() {} };

async function setup(storage: BoardStorage, limits: { maxUpdates: number; maxBytes: number }) {
  await storage.createBoard({ id: BOARD, createdAt: 0, facilitatorKeyHash: 'h', locked: false }, null);
  const doc = new Y.Doc();
  const metrics = new Metrics();
  const compactor = new LogCompactor({ boardId: BOARD, doc, storage, metrics, log: silentLog, ...limits });
  doc.on('update', (update: Uint8Array) => {
    void storage.append(BOARD, update).then((seq) => {
      compactor.appended(seq, update.byteLength);
      compactor.maybeCompact();
    });
  });
  return { doc, metrics, compactor };
}

describe('LogCompactor', () => {
  it('leaves the log alone under both limits', async () => {
    const storage = new MemoryStorage();
    const { doc, metrics } = await setup(storage, { maxUpdates: 10, maxBytes: 1_000_000 });
    for (let i = 0; i < 10; i++) doc.getArray('a').push([i]);
    await settle(5);
    expect(metrics.compactions).toBe(0);
    expect((await storage.load(BOARD)).updates).toHaveLength(10);
  });

  it('compacts once the log passes the byte limit', async () => {
    const storage = new MemoryStorage();
    const { doc, metrics, compactor } = await setup(storage, { maxUpdates: 1_000, maxBytes: 2_000 });
    doc.getText('t').insert(0, 'x'.repeat(3_000));
    await settle(5);
    await compactor.idle();
    expect(metrics.compactions).toBe(1);
    const stored = await storage.load(BOARD);
    expect(stored.updates).toHaveLength(0);
    expect(compactor.pending).toBe(false);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, stored.snapshot!);
    expect(rebuilt.getText('t').length).toBe(3_000);
  });

  it('counts a failed compaction and keeps the log', async () => {
    const storage = new MemoryStorage();
    const failing = Object.assign(Object.create(storage) as BoardStorage, {
      compact: async () => {
        throw new Error('disk full');
      },
    });
    const { doc, metrics, compactor } = await setup(failing, { maxUpdates: 2, maxBytes: 1_000_000 });
    for (let i = 0; i < 3; i++) doc.getArray('a').push([i]);
    await settle(5);
    await compactor.idle();
    expect(metrics.storageErrors).toBeGreaterThan(0);
    expect(compactor.pending).toBe(true);
    expect((await storage.load(BOARD)).updates).toHaveLength(3);
  });
});
