import type * as Y from 'yjs';
import { Redis } from 'ioredis';
import type { ConfigInput } from '../config';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { exampleBoardFile, newId, upsertChannel, upsertComm, type JoinAck, type MeetingState } from '@gapboard/shared';
import { connectPeer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
import { startScaledServer } from './scaledServer.testHelper';
import { dropSchemas, requirePostgres, requireRedis, testRedisUrl, uniqueRedisPrefix, uniqueSchemaName } from './testServices.testHelper';

/** The document as JSON with sorted keys: Y.Map key order depends on the order updates arrived. */
function canonical(doc: Y.Doc): string {
  const sort = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sort)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, sort(v)]))
        : value;
  // toJSON lists only the root types this doc has touched, so touch every board map first.
  for (const name of ['meta', 'channels', 'comms', 'stickies', 'actions', 'annotations']) doc.getMap(name);
  return JSON.stringify(sort(doc.toJSON()));
}

/** Two instances sharing one Postgres schema and one Redis prefix, as behind a load balancer. */
describe('two instances over Postgres and Redis', () => {
  const schemas: string[] = [];
  const servers: TestServer[] = [];
  const peers: TestPeer[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    await requirePostgres();
    await requireRedis();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    for (const p of peers.splice(0)) p.destroy();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(() => dropSchemas(schemas));

  let prefix = '';
  const startPair = async (overrides: Partial<ConfigInput> = {}) => {
    const env = { schema: uniqueSchemaName(), prefix: uniqueRedisPrefix() };
    prefix = env.prefix;
    schemas.push(env.schema);
    const a = await startScaledServer(env, overrides); // migrates the schema first…
    const b = await startScaledServer(env, overrides); // …so the second finds it up to date
    servers.push(a, b);
    return [a, b] as const;
  };
  const peer = (server: TestServer, boardId: string) => {
    const p = connectPeer(server.yjsUrl, boardId);
    peers.push(p);
    return p;
  };
  const analysis = async (server: TestServer, boardId: string) => {
    const res = await fetch(`${server.httpUrl}/api/boards/${boardId}/analysis`);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('stock clients on both instances converge, and both instances report the same analysis', async () => {
    const [a, b] = await startPair();
    const { id } = await a.createBoard(exampleBoardFile);
    const onA = peer(a, id);
    const onB = peer(b, id);
    await Promise.all([onA.synced, onB.synced]);

    const channelA = upsertChannel(onA.doc, { id: newId('c'), name: 'Twitter' });
    const start = Date.parse(exampleBoardFile.incident.startedAt!);
    const comms: string[] = [];
    for (let i = 0; i < 10; i++) {
      const writer = i % 2 === 0 ? onA : onB;
      await waitFor(() => writer.doc.getMap('channels').has(channelA.id), 'the channel on both sides');
      comms.push(upsertComm(writer.doc, { id: newId('m'), channelId: channelA.id, at: start + (i + 1) * 7 * 60_000, summary: `update ${i}` }).id);
    }
    const same = () => canonical(onA.doc) === canonical(onB.doc);
    await waitFor(() => same() && comms.every((c) => onA.doc.getMap('comms').has(c)), 'both clients converging');

    // The server documents converged too: both instances answer the same analysis, with the new comms.
    await waitFor(() => b.app.gapboard.rooms.get(id)?.doc.getMap('comms').size === onA.doc.getMap('comms').size, 'instance B');
    await waitFor(() => a.app.gapboard.rooms.get(id)?.doc.getMap('comms').size === onA.doc.getMap('comms').size, 'instance A');
    const [fromA, fromB] = await Promise.all([analysis(a, id), analysis(b, id)]);
    expect(fromA).toEqual(fromB);
    expect((fromA as { stats: { updateCount: number } }).stats.updateCount).toBeGreaterThan(0);

    // A late joiner on B gets everything, though half of it was written through A.
    const late = peer(b, id);
    await late.synced;
    await waitFor(() => canonical(late.doc) === canonical(onA.doc), 'the late joiner');
  });

  it('stores each update once: the receiving instance relays but does not append again', async () => {
    const [a, b] = await startPair();
    const { id } = await a.createBoard({});
    const onA = peer(a, id);
    const onB = peer(b, id);
    await Promise.all([onA.synced, onB.synced]);
    const before = (await a.app.gapboard.storage.load(id)).updates.length;
    for (let i = 0; i < 5; i++) onA.doc.getArray<number>('list').push([i]);
    await waitFor(() => onB.doc.getArray('list').length === 5, 'B receiving the edits');
    await a.app.gapboard.rooms.get(id)!.whenDurable();
    await b.app.gapboard.rooms.get(id)!.whenDurable();
    expect((await b.app.gapboard.storage.load(id)).updates.length - before).toBe(5);
    expect(a.app.gapboard.metrics.updates).toBe(5);
    expect(b.app.gapboard.metrics.updates).toBe(0);
    // The fan-out counters are in /api/metrics: B received what A published, nothing was malformed.
    const fanoutOf = async (s: TestServer) =>
      ((await (await fetch(`${s.httpUrl}/api/metrics`)).json()) as { fanout: { published: number; received: number; malformed: number } }).fanout;
    const [ma, mb] = await Promise.all([fanoutOf(a), fanoutOf(b)]);
    expect(ma.published).toBeGreaterThanOrEqual(5);
    expect(mb.received).toBeGreaterThanOrEqual(5);
    expect(ma.malformed + mb.malformed).toBe(0);
  });

  it('shares awareness (presence) between clients of different instances', async () => {
    const [a, b] = await startPair();
    const { id } = await a.createBoard({});
    const onA = peer(a, id);
    const onB = peer(b, id);
    await Promise.all([onA.synced, onB.synced]);
    onA.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    await waitFor(
      () => [...onB.provider.awareness.getStates().values()].some((s) => (s as { user?: { name?: string } }).user?.name === 'Ana'),
      'Ana visible on B',
    );
    onA.provider.disconnect();
    await waitFor(() => onB.provider.awareness.getStates().size === 1, 'Ana gone on B');
  });

  it('mirrors a lock set through one instance into the other instance', async () => {
    const [a, b] = await startPair();
    const { id } = await a.createBoard({});
    const onA = peer(a, id);
    const onB = peer(b, id);
    await Promise.all([onA.synced, onB.synced]);
    await a.app.gapboard.boards.setLocked(id, true);
    await waitFor(() => b.app.gapboard.boards.isLocked(id), 'B seeing the lock');
  });

  it('edits refused while locked reach every instance once the facilitator unlocks on one of them', async () => {
    const [a, b] = await startPair();
    const { id, facilitatorKey } = await a.createBoard({});
    const fay = io(a.httpUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(fay);
    expect(await fay.emitWithAck('join', { boardId: id, name: 'Fay', color: '#1f77b4', key: facilitatorKey })).toMatchObject({ ok: true });
    const facilitator = connectPeer(a.yjsUrl, id, { key: facilitatorKey });
    const writerOnA = peer(a, id);
    const writerOnB = peer(b, id);
    const watcherOnB = peer(b, id);
    peers.push(facilitator);
    await Promise.all([facilitator.synced, writerOnA.synced, writerOnB.synced, watcherOnB.synced]);

    expect(await fay.emitWithAck('command', { type: 'lock', locked: true })).toEqual({ ok: true });
    await waitFor(() => b.app.gapboard.boards.isLocked(id), 'B seeing the lock');
    writerOnA.doc.getMap('m').set('a', 'typed on A while locked');
    writerOnB.doc.getMap('m').set('b', 'typed on B while locked');
    // The marks travel after the edits, through each writer's instance and the fan-out.
    writerOnA.provider.awareness.setLocalStateField('mark', 1);
    writerOnB.provider.awareness.setLocalStateField('mark', 1);
    const marked = (p: TestPeer) => facilitator.provider.awareness.getStates().get(p.doc.clientID)?.mark === 1;
    await waitFor(() => marked(writerOnA) && marked(writerOnB), 'both marks on the facilitator');
    expect(facilitator.doc.getMap('m').toJSON()).toEqual({});

    expect(await fay.emitWithAck('command', { type: 'lock', locked: false })).toEqual({ ok: true });
    const hasBoth = (p: TestPeer) => p.doc.getMap('m').get('a') === 'typed on A while locked' && p.doc.getMap('m').get('b') === 'typed on B while locked';
    await waitFor(() => hasBoth(facilitator), 'both edits on the facilitator (A)');
    await waitFor(() => hasBoth(watcherOnB), 'both edits on B');
  });

  it('unsubscribes from a board once its room is evicted, and resubscribes when it opens again', async () => {
    const [a, b] = await startPair({ ROOM_IDLE_MS: 0 });
    const { id } = await a.createBoard({});
    const redis = new Redis(testRedisUrl);
    const subscribers = async () => {
      const [, count] = (await redis.pubsub('NUMSUB', `${prefix}board:${id}`)) as [string, number];
      return Number(count);
    };
    try {
      const onA = peer(a, id);
      const onB = peer(b, id);
      await Promise.all([onA.synced, onB.synced]);
      expect(await subscribers()).toBe(2);
      onB.provider.disconnect();
      await waitFor(() => b.app.gapboard.rooms.get(id) === undefined, 'B evicting the room');
      let count = 2;
      for (let i = 0; i < 100 && count !== 1; i++) {
        count = await subscribers();
        if (count !== 1) await new Promise((r) => setTimeout(r, 20));
      }
      expect(count).toBe(1);
      onA.doc.getMap('m').set('while-closed', true);
      onB.provider.connect();
      await waitFor(() => onB.doc.getMap('m').get('while-closed') === true, 'B reopening with the edit');
      expect(await subscribers()).toBe(2);
    } finally {
      redis.disconnect();
    }
  });

  it('meeting events cross instances: roster, step and cursors reach clients of the other instance', async () => {
    const [a, b] = await startPair();
    const { id, facilitatorKey } = await a.createBoard({});
    const join = async (server: TestServer, name: string, key?: string) => {
      const socket = io(server.httpUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
      sockets.push(socket);
      const states: MeetingState[] = [];
      socket.on('meeting', (s: MeetingState) => states.push(s));
      const ack = (await socket.emitWithAck('join', { boardId: id, name, color: '#1f77b4', key })) as JoinAck;
      expect(ack).toMatchObject({ ok: true });
      return { socket, states };
    };
    const fay = await join(a, 'Fay', facilitatorKey);
    const pat = await join(b, 'Pat');
    const last = (states: MeetingState[]) => states.at(-1);
    await waitFor(() => (last(fay.states)?.roster.length ?? 0) === 2, 'Fay seeing Pat in the roster');
    await waitFor(() => (last(pat.states)?.roster.length ?? 0) === 2, 'Pat seeing Fay in the roster');

    await fay.socket.emitWithAck('command', { type: 'set-step', step: 'mind-the-gap' });
    await waitFor(() => last(pat.states)?.step === 'mind-the-gap', 'Pat seeing the step');

    const cursors: unknown[] = [];
    fay.socket.on('cursor', (c: unknown) => cursors.push(c));
    pat.socket.emit('cursor', { x: 10, y: 20 });
    await waitFor(() => cursors.length > 0, 'Fay receiving Pat’s cursor');
    expect(cursors[0]).toMatchObject({ x: 10, y: 20, name: 'Pat' });

    // A newcomer on B gets the step Fay set on A, and the whole roster.
    const sam = await join(b, 'Sam');
    await waitFor(() => last(sam.states)?.step === 'mind-the-gap' && last(sam.states)?.roster.length === 3, 'Sam seeing the meeting');
  });
});
