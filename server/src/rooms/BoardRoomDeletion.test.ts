import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Metrics } from '../metrics';
import { MemoryStorage } from '../storage/MemoryStorage';
import { BoardRoom } from './BoardRoom';
import { FakeClient, settle } from './fakeRoomSocket.testHelper';
import { CloseCode } from './RoomSocket';

const BOARD = 'board-deleted-aaaaaaaaaaa';
const silentLog = { info() {}, warn() {}, error() {} };

/** A deleted board's room ends with 4404 (clients stop retrying) and never stores it again. */
describe('BoardRoom of a deleted board', () => {
  let storage: MemoryStorage;
  let metrics: Metrics;
  const clients: FakeClient[] = [];

  beforeEach(async () => {
    storage = new MemoryStorage();
    metrics = new Metrics();
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Incident');
    await storage.createBoard({ id: BOARD, createdAt: 0, facilitatorKeyHash: 'h', locked: false }, Y.encodeStateAsUpdate(doc));
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });

  const makeRoom = () =>
    new BoardRoom({ boardId: BOARD, storage, isLocked: () => false, metrics, log: silentLog, compactMaxUpdates: 500, compactMaxBytes: 1 << 20 });
  const join = (room: BoardRoom) => {
    const client = new FakeClient();
    clients.push(client);
    client.handle = room.addClient(client, 'participant');
    client.relayLocalUpdates();
    client.sendSyncStep1();
    return client;
  };

  it('discard closes every client with 4404 and stores nothing, even with unsaved changes', async () => {
    const room = makeRoom();
    const a = join(room);
    const b = join(room);
    await settle();
    const compact = vi.spyOn(storage, 'compact');
    const append = vi.spyOn(storage, 'append');
    await storage.deleteBoard(BOARD);
    room.discard();
    await settle();
    expect(a.closed).toEqual({ code: CloseCode.boardNotFound, reason: 'board deleted' });
    expect(b.closed).toEqual({ code: CloseCode.boardNotFound, reason: 'board deleted' });
    expect(room.discarded).toBe(true);
    expect(room.isOpen).toBe(false);
    await room.close('shutdown'); // a later shutdown has nothing to store
    expect(compact).not.toHaveBeenCalled();
    expect(append).not.toHaveBeenCalled();
    expect(await storage.getRecord(BOARD)).toBeNull();
  });

  it('closes with 4404, not 1011, when an update finds the board deleted elsewhere', async () => {
    const room = makeRoom();
    const writer = join(room);
    const reader = join(room);
    await settle();
    await storage.deleteBoard(BOARD); // e.g. through another instance
    writer.doc.getMap('meta').set('title', 'written after the delete');
    await settle();
    expect(writer.closed?.code).toBe(CloseCode.boardNotFound);
    expect(reader.closed?.code).toBe(CloseCode.boardNotFound);
    expect(metrics.storageErrors).toBe(0);
    expect(await storage.getRecord(BOARD)).toBeNull();
  });

  it('closes with 4404 when the board was deleted before its room loaded', async () => {
    await storage.deleteBoard(BOARD);
    const room = makeRoom();
    const client = join(room);
    await room.ready;
    expect(client.closed?.code).toBe(CloseCode.boardNotFound);
    expect(metrics.storageErrors).toBe(0);
  });
});
