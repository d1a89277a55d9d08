import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '@gapboard/shared';
import { Metrics } from '../metrics';
import { MemoryStorage } from '../storage/MemoryStorage';
import type { BoardStorage, StoredDoc } from '../storage/BoardStorage';
import { BoardRoom, type BoardRoomOptions } from './BoardRoom';
import { FakeClient, settle } from './fakeRoomSocket.testHelper';
import { CloseCode } from './RoomSocket';
import { encodeSyncStep1, messageAwareness } from './yMessages';

const BOARD = 'board-aaaaaaaaaaaaaaaaaaaaa';
const silentLog = { info() {}, warn() {}, error() {} };

function stateWith(title: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', title);
  return Y.encodeStateAsUpdate(doc);
}

function rebuild(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc();
  for (const u of [stored.snapshot, ...stored.updates]) if (u) Y.applyUpdate(doc, u);
  return doc;
}

/** Counts sync update messages (type 0, sub-type 2) among what a client received. */
function updateMessages(client: FakeClient): number {
  return client.received.filter((m) => m[0] === 0 && m[1] === 2).length;
}

describe('BoardRoom', () => {
  let storage: MemoryStorage;
  let metrics: Metrics;
  let locked: boolean;
  let lockListeners: Set<(locked: boolean) => void>;
  /** Locks or unlocks the board and tells the rooms, as `BoardStore.setLocked` does. */
  const setLocked = (value: boolean) => {
    locked = value;
    for (const listener of [...lockListeners]) listener(value);
  };
  const rooms: BoardRoom[] = [];
  const clients: FakeClient[] = [];

  beforeEach(async () => {
    storage = new MemoryStorage();
    metrics = new Metrics();
    locked = false;
    lockListeners = new Set();
    await storage.createBoard(
      { id: BOARD, createdAt: 0, facilitatorKeyHash: 'h', locked: false },
      stateWith('Stored title'),
    );
  });
  afterEach(async () => {
    for (const r of rooms.splice(0)) await r.close('shutdown');
    for (const c of clients.splice(0)) c.destroy();
  });

  const makeRoom = (overrides: Partial<BoardRoomOptions> = {}) => {
    const room = new BoardRoom({
      boardId: BOARD,
      storage,
      isLocked: () => locked,
      onLockChange: (_boardId, listener) => {
        lockListeners.add(listener);
        return () => lockListeners.delete(listener);
      },
      metrics,
      log: silentLog,
      compactMaxUpdates: 500,
      compactMaxBytes: 1024 * 1024,
      ...overrides,
    });
    rooms.push(room);
    return room;
  };
  const join = (room: BoardRoom, role: Role = 'participant') => {
    const client = new FakeClient();
    clients.push(client);
    client.handle = room.addClient(client, role);
    client.relayLocalUpdates();
    client.sendSyncStep1();
    return client;
  };

  it('gives fresh joiners the shared full-state reply until the document changes, then the new state', async () => {
    const room = makeRoom();
    const a = join(room);
    const b = join(room);
    await settle();
    const step2 = (c: FakeClient) => c.received.filter((m) => m[0] === 0 && m[1] === 1);
    expect(step2(b)[0]).toEqual(step2(a)[0]);
    expect(b.doc.getMap('meta').get('title')).toBe('Stored title');
    a.doc.getMap('meta').set('title', 'Changed after the first joins');
    await settle();
    const c = join(room);
    await settle();
    expect(c.doc.getMap('meta').get('title')).toBe('Changed after the first joins');
  });

  it('answers a sync request sent before the load finished with the stored state', async () => {
    let release!: () => void;
    const room = makeRoom({ loadAfter: new Promise<void>((r) => (release = r)) });
    const client = join(room);
    await settle();
    expect(client.received).toHaveLength(0);
    release();
    await settle();
    expect(client.doc.getMap('meta').get('title')).toBe('Stored title');
  });

  it('applies, stores and broadcasts an update to the others, never back to its sender', async () => {
    const room = makeRoom();
    const a = join(room);
    const b = join(room);
    await settle();
    const before = updateMessages(a);
    a.doc.getMap('meta').set('title', 'Edited by A');
    await settle();
    expect(b.doc.getMap('meta').get('title')).toBe('Edited by A');
    expect(room.doc.getMap('meta').get('title')).toBe('Edited by A');
    expect(updateMessages(a)).toBe(before);
    expect(rebuild(await storage.load(BOARD)).getMap('meta').get('title')).toBe('Edited by A');
  });

  it('sends updates committed together as one merged frame, each writer getting only the others\' updates', async () => {
    const room = makeRoom();
    const a = join(room);
    const b = join(room);
    const c = join(room);
    await settle();
    const [a0, b0, c0] = [updateMessages(a), updateMessages(b), updateMessages(c)];
    // Both writes arrive before the next group commit, as under load.
    a.doc.getMap('stickies').set('s-a', 'from A');
    b.doc.getMap('stickies').set('s-b', 'from B');
    await settle();
    expect(updateMessages(c) - c0).toBe(1);
    expect(c.doc.getMap('stickies').toJSON()).toEqual({ 's-a': 'from A', 's-b': 'from B' });
    expect(updateMessages(a) - a0).toBe(1);
    expect(updateMessages(b) - b0).toBe(1);
    expect(a.doc.getMap('stickies').get('s-b')).toBe('from B');
    expect(b.doc.getMap('stickies').get('s-a')).toBe('from A');
  });

  it('broadcasts an update only once its append is durable', async () => {
    let commit!: () => void;
    const gate = new Promise<void>((r) => (commit = r));
    const gated: BoardStorage = Object.assign(Object.create(storage) as BoardStorage, {
      append: async (id: string, update: Uint8Array) => {
        await gate;
        return storage.append(id, update);
      },
    });
    const room = makeRoom({ storage: gated });
    const a = join(room);
    const b = join(room);
    await settle();
    a.doc.getMap('meta').set('title', 'Waiting');
    await settle();
    expect(b.doc.getMap('meta').get('title')).toBe('Stored title');
    commit();
    await settle();
    expect(b.doc.getMap('meta').get('title')).toBe('Waiting');
  });

  it("drops a viewer's writes but still syncs the viewer", async () => {
    const room = makeRoom();
    const viewer = join(room, 'viewer');
    await settle();
    expect(viewer.doc.getMap('meta').get('title')).toBe('Stored title');
    viewer.doc.getMap('meta').set('title', 'Vandalised');
    await settle();
    expect(room.doc.getMap('meta').get('title')).toBe('Stored title');
    expect(metrics.droppedWrites).toBeGreaterThan(0);
    expect(viewer.closed).toBeNull();
    expect((await storage.load(BOARD)).updates).toHaveLength(0);
  });

  it('on a locked board drops participants\' writes and keeps the facilitator\'s', async () => {
    const room = makeRoom();
    const participant = join(room, 'participant');
    const facilitator = join(room, 'facilitator');
    await settle();
    setLocked(true);
    participant.doc.getMap('meta').set('title', 'From participant');
    await settle();
    expect(room.doc.getMap('meta').get('title')).toBe('Stored title');
    expect(facilitator.doc.getMap('meta').get('title')).toBe('Stored title');
    expect(rebuild(await storage.load(BOARD)).getMap('meta').get('title')).toBe('Stored title');
    facilitator.doc.getMap('meta').set('cadenceMinutes', 20);
    await settle();
    expect(room.doc.getMap('meta').get('cadenceMinutes')).toBe(20);
  });

  it('on unlock asks the participants whose writes it refused for them again, and shares them', async () => {
    const room = makeRoom();
    const writer = join(room, 'participant');
    const idle = join(room, 'participant');
    const facilitator = join(room, 'facilitator');
    await settle();
    setLocked(true);
    writer.doc.getMap('stickies').set('s1', 'typed while locked');
    // A later edit depends on the refused one: once unlocked it must not stay pending.
    writer.doc.getMap('stickies').set('s1', 'and finished while locked');
    await settle();
    expect(facilitator.doc.getMap('stickies').has('s1')).toBe(false);
    const received = (c: FakeClient) => c.received.length;
    const [idleBefore, facilitatorBefore] = [received(idle), received(facilitator)];

    setLocked(false);
    await settle();
    expect(room.doc.getMap('stickies').get('s1')).toBe('and finished while locked');
    expect(facilitator.doc.getMap('stickies').get('s1')).toBe('and finished while locked');
    expect(idle.doc.getMap('stickies').get('s1')).toBe('and finished while locked');
    expect(rebuild(await storage.load(BOARD)).getMap('stickies').get('s1')).toBe('and finished while locked');
    // Only the client that lost something is asked (sync step 1 is type 0, sub-type 0).
    const step1s = (c: FakeClient, from: number) => c.received.slice(from).filter((m) => m[0] === 0 && m[1] === 0).length;
    expect(step1s(idle, idleBefore)).toBe(0);
    expect(step1s(facilitator, facilitatorBefore)).toBe(0);
    expect(writer.closed).toBeNull();

    // Asked once: a second unlock notification (or a later edit) does not ask again.
    const writerBefore = received(writer);
    setLocked(false);
    writer.doc.getMap('stickies').set('s2', 'after unlock');
    await settle();
    expect(step1s(writer, writerBefore)).toBe(0);
    expect(facilitator.doc.getMap('stickies').get('s2')).toBe('after unlock');
  });

  it('takes the sync reply of a participant who joined while locked once unlocked', async () => {
    const room = makeRoom();
    const facilitator = join(room, 'facilitator');
    await settle();
    setLocked(true);
    // Offline edits (e.g. kept in IndexedDB) arrive in the sync step 2 answering the greeting.
    const returning = new FakeClient();
    clients.push(returning);
    returning.doc.getMap('stickies').set('offline', 'written offline');
    returning.handle = room.addClient(returning, 'participant');
    // The room greeted the client before the test could set its handle: answer that greeting now.
    returning.send(encodeSyncStep1(room.doc));
    await settle();
    expect(room.doc.getMap('stickies').has('offline')).toBe(false);
    setLocked(false);
    await settle();
    expect(facilitator.doc.getMap('stickies').get('offline')).toBe('written offline');
  });

  it('catches up on a refused write at the client\'s next frame when the unlock was not announced', async () => {
    const room = makeRoom();
    const writer = join(room, 'participant');
    const facilitator = join(room, 'facilitator');
    await settle();
    locked = true; // no notification, as when a lock flag is refreshed from storage
    writer.doc.getMap('stickies').set('s1', 'typed while locked');
    await settle();
    locked = false;
    await settle();
    expect(facilitator.doc.getMap('stickies').has('s1')).toBe(false);
    writer.sendAwareness({ user: { name: 'Ana' } }); // any frame, e.g. the periodic awareness renewal
    await settle();
    expect(facilitator.doc.getMap('stickies').get('s1')).toBe('typed while locked');
  });

  it('stops listening to lock changes once closed', async () => {
    const room = makeRoom();
    join(room);
    await settle();
    expect(lockListeners.size).toBe(1);
    await room.close('idle');
    expect(lockListeners.size).toBe(0);
  });

  it.each([
    ['an empty frame', [], 'empty frame'],
    ['a truncated varint', [0x80], 'truncated message type'],
    ['an unknown message type', [7], 'unknown message type 7'],
    ['an unknown sync type', [0, 9, 0], 'unknown sync message type 9'],
    ['a huge length prefix', [0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2], 'sync payload claims'],
    ['a truncated update', [0, 2, 3, 1, 2, 3], 'invalid Yjs update'],
    ['garbage awareness', [1, 4, 1, 1, 1, 0xff], 'invalid awareness update'],
  ])('closes only the connection that sent %s (4400) and keeps the board intact', async (_name, bytes, reason) => {
    const room = makeRoom();
    const bad = join(room);
    const good = join(room);
    await settle();
    const stateBefore = Y.encodeStateAsUpdate(room.doc);
    bad.handle!.receive(new Uint8Array(bytes));
    await settle();
    expect(bad.closed?.code).toBe(CloseCode.invalidFrame);
    expect(bad.closed?.reason).toContain(reason);
    expect(metrics.invalidFrames).toBe(1);
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(stateBefore);
    expect(room.clientCount).toBe(1);
    good.doc.getMap('meta').set('title', 'still works');
    await settle();
    expect(room.doc.getMap('meta').get('title')).toBe('still works');
    expect(good.closed).toBeNull();
  });

  it('relays awareness and removes a client\'s states when it leaves', async () => {
    const room = makeRoom();
    const a = join(room);
    const b = join(room);
    await settle();
    a.sendAwareness({ user: { name: 'Ana' } });
    await settle();
    expect(b.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Ana' } });
    a.handle!.disconnect();
    await settle();
    expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false);

    const late = join(room);
    await settle();
    expect(late.awareness.getStates().has(a.doc.clientID)).toBe(false);
  });

  it('echoes awareness to its sender, so a client alone on a board never goes silent', async () => {
    const room = makeRoom();
    const alone = join(room);
    await settle();
    const before = alone.received.length;
    alone.sendAwareness({ user: { name: 'Ana' } });
    await settle();
    const echoed = alone.received.slice(before).filter((m) => m[0] === messageAwareness);
    expect(echoed).toHaveLength(1);
  });

  it('compacts the log into a snapshot when it grows past the limit', async () => {
    const room = makeRoom({ compactMaxUpdates: 5 });
    const a = join(room);
    await settle();
    for (let i = 0; i < 12; i++) {
      a.doc.getArray<number>('list').push([i]);
      await settle();
    }
    await settle(5);
    const stored = await storage.load(BOARD);
    expect(metrics.compactions).toBeGreaterThan(0);
    expect(stored.updates.length).toBeLessThanOrEqual(6);
    expect(rebuild(stored).getArray('list').toArray()).toEqual([...Array(12).keys()]);
    expect(rebuild(stored).getMap('meta').get('title')).toBe('Stored title');
  });

  it('stores a snapshot when closed, leaving an empty log', async () => {
    const room = makeRoom();
    const a = join(room);
    await settle();
    a.doc.getMap('meta').set('title', 'Before close');
    await settle();
    await room.close('idle');
    expect(a.closed?.code).toBe(CloseCode.goingAway);
    const stored = await storage.load(BOARD);
    expect(stored.updates).toHaveLength(0);
    expect(rebuild(stored).getMap('meta').get('title')).toBe('Before close');
  });

  it('closes every client with 1011 when an update cannot be stored', async () => {
    const failing: BoardStorage = Object.assign(Object.create(storage) as BoardStorage, {
      append: async () => {
        throw new Error('disk full');
      },
    });
    let failed = false;
    const room = makeRoom({ storage: failing, onFailed: () => (failed = true) });
    const a = join(room);
    const b = join(room);
    await settle();
    a.doc.getMap('meta').set('title', 'lost?');
    await settle();
    expect(failed).toBe(true);
    expect(a.closed?.code).toBe(CloseCode.internalError);
    expect(b.closed?.code).toBe(CloseCode.internalError);
    expect(b.doc.getMap('meta').get('title')).toBe('Stored title');
    expect(metrics.storageErrors).toBe(1);
  });

  it('reports when it becomes empty', async () => {
    let emptied = 0;
    const room = makeRoom({ onEmpty: () => emptied++ });
    const a = join(room);
    const b = join(room);
    a.handle!.disconnect();
    expect(emptied).toBe(0);
    b.handle!.disconnect();
    expect(emptied).toBe(1);
  });
});
