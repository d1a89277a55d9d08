import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
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
});

/** Two updates of one client: `first`, and `dependent`, which builds on it (`padding` bytes). */
function dependentPair(padding = 10): { first: Uint8Array; dependent: Uint8Array } {
  const source = new Y.Doc();
  source.getArray('log').push(['first']);
  const first = Y.encodeStateAsUpdate(source);
  const vector = Y.encodeStateVector(source);
  source.getArray('log').push(['x'.repeat(padding)]);
  return { first, dependent: Y.encodeStateAsUpdate(source, vector) };
}

describe('updates waiting for changes the server does not have', () => {
  let server: TestServer | undefined;
  const peers: TestPeer[] = [];
  const providers: WebsocketProvider[] = [];
  afterEach(async () => {
    for (const p of providers.splice(0)) p.destroy();
    for (const p of peers.splice(0)) p.destroy();
    await server?.close();
    server = undefined;
  });
  const peer = (boardId: string) => {
    const p = connectPeer(server!.yjsUrl, boardId);
    peers.push(p);
    return p;
  };
  const pendingOf = (id: string) => {
    const store = server!.app.gapboard.rooms.get(id)!.doc.store;
    return [store.pendingStructs, store.pendingDs];
  };

  it('waits for the sync step 2 an edit made while reconnecting builds on, without disturbing the client', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const other = peer(id);
    await other.synced;
    // Edited offline, then again the moment the socket opens: that edit goes out before the sync
    // step 2 carrying the offline one, so the server first gets an update it cannot apply yet.
    const doc = new Y.Doc();
    doc.getMap('stickies').set('offline', 1);
    const provider = new WebsocketProvider(server.yjsUrl, id, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: false,
    });
    providers.push(provider);
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected' && !doc.getMap('stickies').has('while-connecting')) doc.getMap('stickies').set('while-connecting', 2);
    });
    provider.connect();
    await waitFor(() => other.doc.getMap('stickies').has('offline') && other.doc.getMap('stickies').has('while-connecting'), 'both edits relayed');
    expect(server.app.gapboard.metrics.resyncRequests).toBe(0);
    expect(provider.wsconnected).toBe(true);
    expect(pendingOf(id)).toEqual([null, null]);
  });

  it('drops them and asks their sender to resync (1011) once they pass 1 MiB', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const observer = peer(id);
    await observer.synced;
    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    const closed = closeOf(socket);
    const a = dependentPair(600_000);
    const b = dependentPair(600_000);
    socket.send(updateFrame(a.dependent));
    socket.send(updateFrame(b.dependent));
    expect(await closed).toEqual({ code: 1011, reason: 'update depends on changes the server does not have; reconnect to resynchronise' });
    expect(pendingOf(id)).toEqual([null, null]);
    expect(server.app.gapboard.metrics.resyncRequests).toBe(1);

    // What a reconnecting client sends (its whole state) is applied and relayed.
    const again = await openRawSocket(`${server.yjsUrl}/${id}`);
    again.send(updateFrame(Y.mergeUpdates([a.first, a.dependent])));
    await waitFor(() => observer.doc.getArray('log').length === 2, 'resent update relayed');
    again.close();
  });

  it('drops them and asks their sender to resync once they waited pendingLimits.maxMs', async () => {
    server = await startTestServer({}, { pendingLimits: { maxMs: 200 } });
    const { id } = await server.createBoard({});
    await peer(id).synced;
    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    const closed = closeOf(socket);
    const started = Date.now();
    socket.send(updateFrame(dependentPair().dependent));
    expect((await closed).code).toBe(1011);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(pendingOf(id)).toEqual([null, null]);
  });

  it('checks what they let in for nesting when the missing piece arrives', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const observer = peer(id);
    await observer.synced;
    // Nesting sent one level per update, bottom first: each level waits for the one above it
    // and passes the check alone; the top level lets them all in at once.
    const source = new Y.Doc();
    const levels: Uint8Array[] = [];
    let vector = Y.encodeStateVector(source);
    let map = source.getMap<unknown>('stickies');
    for (let i = 0; i < 40; i++) {
      const inner = new Y.Map<unknown>();
      map.set(i === 0 ? 'deep' : 'x', inner);
      map = inner;
      levels.push(Y.encodeStateAsUpdate(source, vector));
      vector = Y.encodeStateVector(source);
    }
    const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
    const closed = closeOf(socket);
    for (const level of levels.reverse()) socket.send(updateFrame(level));
    expect(await closed).toEqual({ code: 4400, reason: 'shared types nested 17 deep (at most 16; the board\'s layout needs 2)' });
    expect(server.app.gapboard.rooms.get(id)!.doc.getMap('stickies').has('deep')).toBe(false);
  });

  it('leaves out stored updates whose dependencies are not stored', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    await server.app.gapboard.storage.append(id, dependentPair().dependent);
    const observer = peer(id);
    await observer.synced;
    expect(pendingOf(id)).toEqual([null, null]);
  });

  it('a participant who wrote while the board was locked gets its later edits through once it is unlocked', async () => {
    server = await startTestServer({}, { pendingLimits: { maxMs: 5_000 } });
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
      'both edits reach the other peer',
    );
    // The unlock asked the participant for its refused write (sync step 1), so the later edit's
    // wait for it ended without the pending guard closing the connection.
    expect(server.app.gapboard.metrics.resyncRequests).toBe(0);
  });
});
