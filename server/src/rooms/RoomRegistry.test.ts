import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Metrics } from '../metrics';
import type { BoardStorage } from '../storage/BoardStorage';
import { MemoryStorage } from '../storage/MemoryStorage';
import { FakeClient, settle } from './fakeRoomSocket.testHelper';
import { RoomRegistry } from './RoomRegistry';

const BOARD = 'board-registry-xxxxxxxxxxx';
const silentLog = { info() {}, warn() {}, error() {} };

describe('RoomRegistry', () => {
  const clients: FakeClient[] = [];
  let registry: RoomRegistry;
  afterEach(async () => {
    await registry.closeAll();
    for (const c of clients.splice(0)) c.destroy();
  });

  async function setup(storage: BoardStorage = new MemoryStorage()) {
    await storage.createBoard({ id: BOARD, createdAt: 0, facilitatorKeyHash: 'h', locked: false }, null);
    registry = new RoomRegistry({
      storage,
      isLocked: () => false,
      metrics: new Metrics(),
      log: silentLog,
      idleMs: 0,
      compactMaxUpdates: 500,
      compactMaxBytes: 1 << 20,
    });
    return storage;
  }
  const join = () => {
    const client = new FakeClient();
    clients.push(client);
    client.handle = registry.join(BOARD, client, 'participant');
    client.relayLocalUpdates();
    client.sendSyncStep1();
    return client;
  };

  it('shares one room per board and evicts it once the last client left, storing a snapshot', async () => {
    const storage = await setup();
    const a = join();
    const b = join();
    expect(registry.roomCount).toBe(1);
    expect(registry.connectionCount).toBe(2);
    await settle();
    a.doc.getMap('meta').set('title', 'kept');
    await settle();
    a.handle!.disconnect();
    b.handle!.disconnect();
    await new Promise((r) => setTimeout(r, 5));
    await settle();
    expect(registry.roomCount).toBe(0);
    const stored = await storage.load(BOARD);
    expect(stored.updates).toHaveLength(0);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot!);
    expect(doc.getMap('meta').get('title')).toBe('kept');
  });

  it('a client arriving during an eviction gets a room loaded after the snapshot is stored', async () => {
    const memory = new MemoryStorage();
    let releaseCompact!: () => void;
    const compactGate = new Promise<void>((r) => (releaseCompact = r));
    const slowCompact: BoardStorage = Object.assign(Object.create(memory) as BoardStorage, {
      compact: async (id: string, snapshot: Uint8Array, upTo: number) => {
        await compactGate;
        return memory.compact(id, snapshot, upTo);
      },
    });
    await setup(slowCompact);
    const a = join();
    await settle();
    a.doc.getMap('meta').set('title', 'before eviction');
    await settle();
    a.handle!.disconnect();
    await new Promise((r) => setTimeout(r, 5)); // the idle timer fires; the eviction waits on compact
    const b = join();
    await settle();
    expect(b.received).toHaveLength(0); // not loaded yet: storage is still being written
    releaseCompact();
    await settle(6);
    expect(b.doc.getMap('meta').get('title')).toBe('before eviction');
  });

  it('reads a board without opening a room, and reads the live document when one is open', async () => {
    await setup();
    expect(await registry.withDoc(BOARD, (doc) => doc.getMap('meta').get('title'))).toBeUndefined();
    expect(registry.roomCount).toBe(0);
    const a = join();
    await settle();
    a.doc.getMap('meta').set('title', 'live');
    await settle();
    expect(await registry.withDoc(BOARD, (doc) => doc.getMap('meta').get('title'))).toBe('live');
  });

  it('closeAll closes clients with 1001 and stores every room', async () => {
    const storage = await setup();
    const a = join();
    await settle();
    a.doc.getMap('meta').set('title', 'at shutdown');
    await settle();
    await registry.closeAll();
    expect(a.closed).toEqual({ code: 1001, reason: 'server shutting down' });
    expect((await storage.load(BOARD)).updates).toHaveLength(0);
  });
});
