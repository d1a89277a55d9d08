import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  closeOf,
  connectPeer,
  openRawSocket,
  startTestServer,
  waitFor,
  type TestPeer,
  type TestServer,
} from '../testing/testServer.testHelper';

/** A y-websocket sync update frame carrying `update`. */
function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A document whose sticky `deep` holds `depth` Y.Maps nested in one another, and its client id. */
function deeplyNested(depth: number): { update: Uint8Array; client: number } {
  const doc = new Y.Doc();
  doc.transact(() => {
    let map = new Y.Map<unknown>();
    doc.getMap('stickies').set('deep', map);
    for (let i = 0; i < depth; i++) {
      const inner = new Y.Map<unknown>();
      map.set('x', inner);
      map = inner;
    }
  });
  return { update: Y.encodeStateAsUpdate(doc), client: doc.clientID };
}

/** An update that deletes the first `length` structs of `client` and inserts nothing. */
function deleteRange(client: number, length: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // delete set: one client
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1); // one range
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, length);
  return encoding.toUint8Array(encoder);
}

describe('document updates a stock client would not send', () => {
  let server: TestServer | undefined;
  const peers: TestPeer[] = [];
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await server?.close();
    server = undefined;
  });
  const peer = (boardId: string) => {
    const p = connectPeer(server!.yjsUrl, boardId);
    peers.push(p);
    return p;
  };

  it('refuses shared types nested thousands deep (4400), and the board goes on storing and relaying edits', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({ format: 'gapboard/v1', title: 'Nested' });
    const a = peer(id);
    const b = peer(id);
    await Promise.all([a.synced, b.synced]);

    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    const closed = closeOf(socket);
    socket.send(updateFrame(deeplyNested(3_000).update));
    expect(await closed).toEqual({ code: 4400, reason: 'shared types nested 17 deep (at most 16; the board\'s layout needs 2)' });
    expect(server.app.gapboard.rooms.get(id)!.doc.getMap('stickies').has('deep')).toBe(false);

    // Nesting within the limit is a plain update.
    const shallow = deeplyNested(15);
    const ok = await openRawSocket(`${server.yjsUrl}/${id}`);
    ok.send(updateFrame(shallow.update));
    await waitFor(() => b.doc.getMap('stickies').has('deep'), 'nesting within the limit relayed');
    ok.close();

    a.doc.getMap('meta').set('title', 'After the attempt');
    await waitFor(() => b.doc.getMap('meta').get('title') === 'After the attempt', 'later edit relayed');
    const exported = await fetch(`${server.httpUrl}/api/boards/${id}/export.json`);
    expect(exported.status).toBe(200);
    expect(((await exported.json()) as { title: string }).title).toBe('After the attempt');
  });

  it('reloads a board whose document an update left unable to record changes, so no later edit is lost', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    // Nesting stored before the limit existed: deleting it overflows the stack inside Yjs's
    // transaction cleanup, after which a document never emits another update.
    const nested = deeplyNested(3_000);
    await server.app.gapboard.storage.append(id, nested.update);
    const a = peer(id);
    const b = peer(id);
    await Promise.all([a.synced, b.synced]);
    await waitFor(() => b.doc.getMap('stickies').has('deep'), 'stored nesting loaded');

    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    socket.send(updateFrame(deleteRange(nested.client, 3_001)));
    await closeOf(socket);
    expect(server.app.gapboard.metrics.stuckDocuments).toBe(1);

    // The peers were asked to reconnect to a freshly loaded room; their edits flow and are stored.
    await waitFor(() => a.provider.synced && b.provider.synced && server!.app.gapboard.rooms.get(id)?.clientCount === 2, 'peers back');
    a.doc.getMap('meta').set('title', 'Edited after the reload');
    await waitFor(() => b.doc.getMap('meta').get('title') === 'Edited after the reload', 'edit relayed');
    await server.app.gapboard.rooms.get(id)!.whenDurable();
    const stored = await server.app.gapboard.storage.load(id);
    const fromStorage = new Y.Doc();
    for (const update of [stored.snapshot, ...stored.updates]) if (update) Y.applyUpdate(fromStorage, update);
    expect(fromStorage.getMap('meta').get('title')).toBe('Edited after the reload');
  });

  it('asks a client whose update lacks its dependencies to resync (1011) instead of holding the update in memory', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const observer = peer(id);
    await observer.synced;

    const source = new Y.Doc();
    source.getArray('log').push(['first']);
    const first = Y.encodeStateAsUpdate(source);
    const vector = Y.encodeStateVector(source);
    source.getArray('log').push(['x'.repeat(100_000)]);
    const dependent = Y.encodeStateAsUpdate(source, vector);

    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    const closed = closeOf(socket);
    socket.send(updateFrame(dependent));
    expect(await closed).toEqual({
      code: 1011,
      reason: 'update depends on changes the server does not have; reconnect to resynchronise',
    });
    const store = server.app.gapboard.rooms.get(id)!.doc.store;
    expect([store.pendingStructs, store.pendingDs]).toEqual([null, null]);
    expect(server.app.gapboard.metrics.resyncRequests).toBe(1);

    // What a reconnecting client sends (its whole state) is applied and relayed.
    const again = await openRawSocket(`${server.yjsUrl}/${id}`);
    again.send(updateFrame(Y.mergeUpdates([first, dependent])));
    await waitFor(() => observer.doc.getArray('log').length === 2, 'resent update relayed');
    again.close();
  });

  it('closes a sync step 1 whose state vector is malformed with 4400, saying so', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    const closed = closeOf(socket);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // sync
    encoding.writeVarUint(encoder, 0); // step 1
    encoding.writeVarUint8Array(encoder, Uint8Array.of(5, 200, 200, 200)); // five clients, one truncated
    socket.send(encoding.toUint8Array(encoder));
    expect(await closed).toEqual({ code: 4400, reason: 'invalid state vector in sync step 1' });
  });

  it('leaves out stored updates whose dependencies are not stored, so the check above still holds on that board', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const source = new Y.Doc();
    source.getArray('log').push(['never stored']);
    const vector = Y.encodeStateVector(source);
    source.getArray('log').push(['stored without its dependency']);
    await server.app.gapboard.storage.append(id, Y.encodeStateAsUpdate(source, vector));
    const observer = peer(id);
    await observer.synced;
    const store = server.app.gapboard.rooms.get(id)!.doc.store;
    expect([store.pendingStructs, store.pendingDs]).toEqual([null, null]);

    const other = new Y.Doc();
    other.getArray('log').push(['a']);
    const otherVector = Y.encodeStateVector(other);
    other.getArray('log').push(['b']);
    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    const closed = closeOf(socket);
    socket.send(updateFrame(Y.encodeStateAsUpdate(other, otherVector)));
    expect((await closed).code).toBe(1011);
  });

  it('a participant who wrote while the board was locked gets its later edits through once it is unlocked', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const participant = peer(id);
    const other = peer(id);
    await Promise.all([participant.synced, other.synced]);
    const boards = server.app.gapboard.boards;

    await boards.setLocked(id, true);
    participant.doc.getMap('stickies').set('while-locked', 1); // dropped by the server
    await waitFor(() => server!.app.gapboard.metrics.droppedWrites === 1, 'write dropped');
    await boards.setLocked(id, false);
    // Builds on the dropped write (same client, next clock): the server cannot apply it alone.
    participant.doc.getMap('stickies').set('after-unlock', 2);

    await waitFor(
      () => other.doc.getMap('stickies').has('after-unlock') && other.doc.getMap('stickies').has('while-locked'),
      'both edits reach the other peer after the participant resynced',
    );
    expect(server.app.gapboard.metrics.resyncRequests).toBe(1);
  });
});
