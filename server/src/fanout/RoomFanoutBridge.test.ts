import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { BoardRoom } from '../rooms/BoardRoom';
import { FakeClient, settle } from '../rooms/fakeRoomSocket.testHelper';
import { Metrics } from '../metrics';
import { MemoryStorage } from '../storage/MemoryStorage';
import type { BoardStorage, StoredDoc } from '../storage/BoardStorage';
import { LocalFanout } from './LocalFanout';
import { MemoryBus } from './memoryFanout.testHelper';
import { RoomFanoutBridge } from './RoomFanoutBridge';

const BOARD = 'board-1';
const silentLog = { info: () => {}, warn: () => {}, error: () => {} };

/** Two instances (rooms of the same board over one shared storage) joined by a {@link MemoryBus}. */
describe('RoomFanoutBridge', () => {
  const rooms: BoardRoom[] = [];
  const clients: FakeClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await Promise.all(rooms.splice(0).map((r) => r.close('shutdown')));
  });

  const setup = async () => {
    const storage = new MemoryStorage();
    await storage.createBoard({ id: BOARD, createdAt: 0, facilitatorKeyHash: 'h', locked: false }, null);
    return { storage, bus: new MemoryBus() };
  };
  const instance = (bus: MemoryBus, storage: BoardStorage, id: string) => {
    const metrics = new Metrics();
    const room = new BoardRoom({
      boardId: BOARD,
      storage,
      isLocked: () => false,
      metrics,
      log: silentLog,
      compactMaxUpdates: 500,
      compactMaxBytes: 1024 * 1024,
    });
    rooms.push(room);
    let locked = false;
    new RoomFanoutBridge(room, {
      fanout: bus.fanout(id),
      access: { isLocked: () => locked, setLocked: async (_b, l) => void (locked = l), onLockChange: () => () => {} },
      log: silentLog,
    });
    return { room, metrics };
  };
  const connect = (room: BoardRoom) => {
    const client = new FakeClient();
    clients.push(client);
    client.handle = room.addClient(client, 'participant');
    client.relayLocalUpdates();
    return client;
  };
  const run = async (bus: MemoryBus) => {
    for (let i = 0; i < 5; i++) {
      await settle();
      bus.deliverAll();
    }
  };

  it('relays each update once to the other instance, stores it once, and never echoes', async () => {
    const { storage, bus } = await setup();
    const a = instance(bus, storage, 'a');
    const b = instance(bus, storage, 'b');
    const onA = connect(a.room);
    const onB = connect(b.room);
    await run(bus);
    for (let i = 0; i < 10; i++) (i % 2 ? onB : onA).doc.getArray<number>('list').push([i]);
    await run(bus);
    expect(onA.doc.getArray('list').length).toBe(10);
    expect(onB.doc.getArray('list').toArray()).toEqual(onA.doc.getArray('list').toArray());
    expect(bus.log.filter((m) => m.kind === 'update')).toHaveLength(10);
    expect((await storage.load(BOARD)).updates).toHaveLength(10);
    expect(a.metrics.updates + b.metrics.updates).toBe(10);
  });

  it('closes the gap between loading and subscribing: a late room asks its peers for what it missed', async () => {
    const { storage, bus } = await setup();
    const a = instance(bus, storage, 'a');
    const onA = connect(a.room);
    await run(bus);
    // B read storage before A's edit was stored, and subscribed after it was published.
    const stale = await storage.load(BOARD);
    onA.doc.getMap('m').set('early', 'edit');
    await run(bus);
    const staleStorage: BoardStorage = Object.assign(Object.create(storage) as BoardStorage, {
      load: async (): Promise<StoredDoc> => stale,
    });
    const b = instance(bus, staleStorage, 'b');
    const onB = connect(b.room);
    await run(bus);
    expect(onB.doc.getMap('m').get('early')).toBe('edit');
    expect(b.metrics.updates).toBe(0); // B did not store what A had stored
  });

  it('repairs messages lost while the bus was away, deletions included, once reconnected', async () => {
    const { storage, bus } = await setup();
    const a = instance(bus, storage, 'a');
    const b = instance(bus, storage, 'b');
    const onA = connect(a.room);
    const onB = connect(b.room);
    onA.doc.getMap('m').set('kept', 1);
    onA.doc.getMap('m').set('deleted-later', 2);
    await run(bus);
    expect(onB.doc.getMap('m').toJSON()).toEqual({ kept: 1, 'deleted-later': 2 });

    onA.doc.getMap('m').delete('deleted-later');
    onB.doc.getMap('m').set('from-b', 3);
    await settle();
    bus.dropAll(); // lost: nobody received them
    await run(bus);
    expect(onB.doc.getMap('m').has('deleted-later')).toBe(true);

    bus.reconnect('b');
    await run(bus);
    const expected = { kept: 1, 'from-b': 3 };
    expect(onA.doc.getMap('m').toJSON()).toEqual(expected);
    expect(onB.doc.getMap('m').toJSON()).toEqual(expected);
  });

  it('shares awareness, and removes a departed client’s presence on the other instance', async () => {
    const { storage, bus } = await setup();
    const a = instance(bus, storage, 'a');
    const b = instance(bus, storage, 'b');
    const onA = connect(a.room);
    const onB = connect(b.room);
    await run(bus);
    onA.sendAwareness({ user: 'Ana' });
    await run(bus);
    expect(onB.awareness.getStates().get(onA.doc.clientID)).toEqual({ user: 'Ana' });
    onA.handle!.disconnect();
    await run(bus);
    expect(onB.awareness.getStates().has(onA.doc.clientID)).toBe(false);
  });

  it('over the single-instance LocalFanout, a room works as if alone', async () => {
    const { storage } = await setup();
    const room = new BoardRoom({
      boardId: BOARD,
      storage,
      isLocked: () => false,
      metrics: new Metrics(),
      log: silentLog,
      compactMaxUpdates: 500,
      compactMaxBytes: 1024 * 1024,
    });
    rooms.push(room);
    const local = new LocalFanout();
    new RoomFanoutBridge(room, { fanout: local, access: { isLocked: () => false, setLocked: async () => {}, onLockChange: () => () => {} }, log: silentLog });
    const first = connect(room);
    const second = connect(room);
    first.doc.getMap('m').set('k', 'v');
    await settle(6);
    expect(second.doc.getMap('m').get('k')).toBe('v');
    expect((await storage.load(BOARD)).updates).toHaveLength(1);
    await local.close();
  });

  it('ignores unreadable messages without harming the room', async () => {
    const { storage, bus } = await setup();
    const a = instance(bus, storage, 'a');
    const b = instance(bus, storage, 'b');
    const onB = connect(b.room);
    await run(bus);
    bus.fanout('evil').join(BOARD, { onMessage: () => {}, onReconnect: () => {} }).publish('update', [Uint8Array.of(1, 2, 3)]);
    await run(bus);
    expect(b.room.isOpen && a.room.isOpen).toBe(true);
    const onA = connect(a.room);
    onA.doc.getMap('m').set('still', 'works');
    await run(bus);
    expect(onB.doc.getMap('m').get('still')).toBe('works');
    expect(Y.encodeStateVector(onB.doc)).toEqual(Y.encodeStateVector(onA.doc));
  });
});
