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

/** Deterministic pseudo-random bytes (mulberry32), so a failing garbage case can be replayed. */
function randomBytes(seed: number, length: number): Uint8Array {
  let a = seed;
  return Uint8Array.from({ length }, () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  });
}

function syncUpdateFrame(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('Yjs sync over /yjs/:boardId with stock WebsocketProvider clients', () => {
  let servers: TestServer[] = [];
  const peers: TestPeer[] = [];
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    for (const s of servers) await s.close();
    servers = [];
  });
  const start = async (...args: Parameters<typeof startTestServer>) => {
    const s = await startTestServer(...args);
    servers.push(s);
    return s;
  };
  const peer = (server: TestServer, boardId: string, params: Record<string, string> = {}) => {
    const p = connectPeer(server.yjsUrl, boardId, params);
    peers.push(p);
    return p;
  };
  /**
   * Waits until `from`'s frames sent so far have been handled by the server: its awareness
   * change travels the same socket after them and must reach `to`.
   */
  const barrier = async (from: TestPeer, to: TestPeer, mark: string) => {
    from.provider.awareness.setLocalStateField('mark', mark);
    await waitFor(
      () => to.provider.awareness.getStates().get(from.doc.clientID)?.mark === mark,
      `awareness mark ${mark}`,
    );
  };

  it('two providers converge, and a late joiner gets the full state', async () => {
    const server = await start();
    const { id } = await server.createBoard({});
    const a = peer(server, id);
    const b = peer(server, id);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('meta').set('title', 'From A');
    b.doc.getMap('stickies').set('s1', new Y.Map([['text', 'from B']]));
    await waitFor(
      () => b.doc.getMap('meta').get('title') === 'From A' && a.doc.getMap('stickies').has('s1'),
      'both edits on both peers',
    );
    expect(a.doc.getMap('stickies').toJSON()).toEqual(b.doc.getMap('stickies').toJSON());

    const late = peer(server, id);
    await late.synced;
    await waitFor(() => late.doc.getMap('stickies').has('s1'), 'late joiner state');
    expect(late.doc.getMap('meta').get('title')).toBe('From A');
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('converges under concurrent edits from several peers, and storage holds the same state', async () => {
    const server = await start({ COMPACT_MAX_UPDATES: 50 });
    const { id } = await server.createBoard({});
    const group = [peer(server, id), peer(server, id), peer(server, id)];
    await Promise.all(group.map((p) => p.synced));
    group.forEach((p, n) => {
      for (let i = 0; i < 100; i++) {
        const stickies = p.doc.getMap<Y.Map<unknown>>('stickies');
        if (i % 3 === 0) p.doc.getArray<string>('log').push([`${n}:${i}`]);
        else if (i % 3 === 1) stickies.set(`s${n}-${i}`, new Y.Map<unknown>([['text', `peer ${n}`]]));
        else p.doc.getMap('meta').set('title', `title ${n}-${i}`);
      }
    });
    // Same state vector = same set of changes; map key order may differ per peer, so compare
    // content with sorted keys.
    const vectors = () => group.map((p) => Buffer.from(Y.encodeStateVector(p.doc)).toString('base64'));
    await waitFor(() => vectors().every((v) => v === vectors()[0]), 'all peers converging');
    const sortedStickies = (doc: Y.Doc) => [...doc.getMap('stickies').keys()].sort();
    for (const p of group.slice(1)) {
      expect(p.doc.getArray('log').toJSON()).toEqual(group[0]!.doc.getArray('log').toJSON());
      expect(sortedStickies(p.doc)).toEqual(sortedStickies(group[0]!.doc));
      expect(p.doc.getMap('meta').get('title')).toBe(group[0]!.doc.getMap('meta').get('title'));
    }
    expect(group[0]!.doc.getArray('log').length).toBe(102);
    const room = server.app.gapboard.rooms.get(id)!;
    await room.whenDurable();
    expect(room.doc.getArray('log').toJSON()).toEqual(group[0]!.doc.getArray('log').toJSON());
    expect(server.app.gapboard.metrics.compactions).toBeGreaterThan(0);

    const stored = await server.app.gapboard.storage.load(id);
    const fromStorage = new Y.Doc();
    for (const u of [stored.snapshot, ...stored.updates]) if (u) Y.applyUpdate(fromStorage, u);
    expect(fromStorage.getMap('stickies').size).toBe(group[0]!.doc.getMap('stickies').size);
    expect(fromStorage.getMap('meta').get('title')).toBe(group[0]!.doc.getMap('meta').get('title'));
    expect(fromStorage.getArray('log').toJSON()).toEqual(group[0]!.doc.getArray('log').toJSON());
  });

  it('serves the content of an imported board file to the first client', async () => {
    const server = await start();
    const { id } = await server.createBoard({
      format: 'gapboard/v1',
      title: 'Login outage',
      channels: [{ id: 'c1', name: 'Status page' }],
      comms: [{ id: 'm1', channelId: 'c1', at: '2026-03-04T10:05:00Z', summary: 'Investigating' }],
    });
    const a = peer(server, id);
    await a.synced;
    await waitFor(() => a.doc.getMap('comms').has('m1'), 'imported comm');
    expect(a.doc.getMap('meta').get('title')).toBe('Login outage');
    expect((a.doc.getMap('comms').get('m1') as Y.Map<unknown>).get('at')).toBe(Date.parse('2026-03-04T10:05:00Z'));
  });

  it('keeps everything across a restart on the same DATA_DIR', async () => {
    const first = await start();
    const { id } = await first.createBoard({});
    const a = peer(first, id);
    await a.synced;
    for (let i = 0; i < 30; i++) a.doc.getArray<number>('list').push([i]);
    a.doc.getMap('meta').set('title', 'Survives restart');
    const b = peer(first, id);
    await waitFor(() => b.doc.getArray('list').length === 30, 'edits on a second peer');
    a.destroy();
    b.destroy();
    await first.close();
    servers = servers.filter((s) => s !== first);

    const second = await start({ DATA_DIR: first.dataDir });
    const c = peer(second, id);
    await c.synced;
    await waitFor(() => c.doc.getArray('list').length === 30, 'state after restart');
    expect(c.doc.getMap('meta').get('title')).toBe('Survives restart');
    expect(c.doc.getArray('list').toArray()).toEqual([...Array(30).keys()]);
  });

  it('reloads an evicted board with everything in it', async () => {
    const server = await start({ ROOM_IDLE_MS: 0 });
    const { id } = await server.createBoard({});
    const a = peer(server, id);
    await a.synced;
    a.doc.getMap('meta').set('title', 'Before eviction');
    const b = peer(server, id);
    await waitFor(() => b.doc.getMap('meta').get('title') === 'Before eviction', 'edit on b');
    a.destroy();
    b.destroy();
    await waitFor(() => server.app.gapboard.rooms.roomCount === 0, 'eviction');
    const c = peer(server, id);
    await waitFor(() => c.doc.getMap('meta').get('title') === 'Before eviction', 'state after eviction');
  });

  it('drops every document write of a read-only connection', async () => {
    const server = await start();
    const { id } = await server.createBoard({ format: 'gapboard/v1', title: 'Original' });
    const readToken = await server.app.gapboard.boards.mintReadToken(id);
    const editor = peer(server, id);
    const viewer = peer(server, id, { readToken });
    await Promise.all([editor.synced, viewer.synced]);
    await waitFor(() => viewer.doc.getMap('meta').get('title') === 'Original', 'viewer sees the board');

    viewer.doc.getMap('meta').set('title', 'Defaced');
    viewer.doc.getMap('stickies').set('evil', 'x');
    await barrier(viewer, editor, 'after-write');
    expect(editor.doc.getMap('meta').get('title')).toBe('Original');
    expect(server.app.gapboard.rooms.get(id)?.doc.getMap('stickies').has('evil')).toBe(false);
    expect(server.app.gapboard.metrics.droppedWrites).toBeGreaterThan(0);

    // (A new key: on 'title' the viewer's own dropped write may win locally, by client id.)
    editor.doc.getMap('stickies').set('fromEditor', 'hello');
    await waitFor(() => viewer.doc.getMap('stickies').get('fromEditor') === 'hello', 'viewer receives updates');
  });

  it('on a locked board drops participants\' writes and accepts the facilitator\'s', async () => {
    const server = await start();
    const { id, facilitatorKey } = await server.createBoard({});
    const facilitator = peer(server, id, { key: facilitatorKey });
    const participant = peer(server, id);
    await Promise.all([facilitator.synced, participant.synced]);
    await server.app.gapboard.boards.setLocked(id, true);

    participant.doc.getMap('meta').set('title', 'Participant while locked');
    await barrier(participant, facilitator, 'locked-write');
    expect(facilitator.doc.getMap('meta').get('title')).not.toBe('Participant while locked');
    expect(server.app.gapboard.rooms.get(id)?.doc.getMap('meta').get('title')).not.toBe('Participant while locked');

    facilitator.doc.getMap('meta').set('cadenceMinutes', 20);
    await waitFor(() => participant.doc.getMap('meta').get('cadenceMinutes') === 20, 'facilitator write relayed');
  });

  it('closes an unknown board with 4404 "board not found"', async () => {
    const server = await start();
    const socket = await openRawSocket(`${server.yjsUrl}/unknownboardidxxxxxxxxx`);
    expect(await closeOf(socket)).toEqual({ code: 4404, reason: 'board not found' });
    const weird = await openRawSocket(`${server.yjsUrl}/${encodeURIComponent('../../etc/passwd')}`);
    expect((await closeOf(weird)).code).toBe(4404);
  });

  it('closes only the connection that sends garbage, and the board stays intact', async () => {
    const server = await start({ MAX_WS_MESSAGE_BYTES: 64 * 1024 });
    const { id } = await server.createBoard({ format: 'gapboard/v1', title: 'Intact' });
    const a = peer(server, id);
    await a.synced;
    await waitFor(() => a.doc.getMap('meta').get('title') === 'Intact', 'initial state');
    const stateBefore = Y.encodeStateAsUpdate(server.app.gapboard.rooms.get(id)!.doc);

    const garbage: { name: string; frame: Uint8Array | string; code: number }[] = [
      { name: 'truncated varint', frame: Uint8Array.of(0x80, 0x80), code: 4400 },
      { name: 'huge length prefix', frame: Uint8Array.of(0, 2, 0xff, 0xff, 0xff, 0xff, 0x07, 1), code: 4400 },
      { name: 'unknown message type', frame: Uint8Array.of(0x42, 1, 2, 3), code: 4400 },
      { name: 'text frame', frame: 'hello', code: 4400 },
      { name: 'oversized frame', frame: new Uint8Array(100 * 1024), code: 1009 },
      ...[1, 2, 3, 4, 5].map((seed) => ({
        name: `random update bytes #${seed}`,
        frame: syncUpdateFrame(randomBytes(seed, 16 + seed * 7)),
        code: 4400,
      })),
      ...[6, 7, 8].map((seed) => ({
        name: `random frame #${seed}`,
        frame: Uint8Array.of(5 + seed, ...randomBytes(seed, 40)),
        code: 4400,
      })),
    ];
    for (const g of garbage) {
      const socket = await openRawSocket(`${server.yjsUrl}/${id}`);
      const closed = closeOf(socket);
      socket.send(g.frame);
      const { code, reason } = await closed;
      expect({ name: g.name, code }).toEqual({ name: g.name, code: g.code });
      if (g.code === 4400) expect(reason.length).toBeGreaterThan(0);
    }

    expect(Y.encodeStateAsUpdate(server.app.gapboard.rooms.get(id)!.doc)).toEqual(stateBefore);
    a.doc.getMap('meta').set('title', 'Still editable');
    const b = peer(server, id);
    await waitFor(() => b.doc.getMap('meta').get('title') === 'Still editable', 'board keeps working');
    expect(a.provider.wsconnected).toBe(true);
    const metrics = server.app.gapboard.metrics;
    expect(metrics.invalidFrames).toBeGreaterThanOrEqual(garbage.length - 1);
    expect(metrics.oversizedFrames).toBe(1);
  });
});
