import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JoinAck, MeetingState } from '@gapboard/shared';
import { connectPeer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
import { startPrivateRedis, type PrivateRedis } from './privateRedis.testHelper';
import { boardAcrossInstances, startScaledServer } from './scaledServer.testHelper';
import { dropSchemas, requirePostgres, uniqueRedisPrefix, uniqueSchemaName } from './testServices.testHelper';

/**
 * Redis goes away and comes back (a restart loses every subscription and every message in
 * flight). Meanwhile each instance's clients keep editing through their own instance; once
 * Redis is back the instances resubscribe and resynchronise, and every client converges.
 */
describe('a Redis restart', () => {
  const schemas: string[] = [];
  const servers: TestServer[] = [];
  const peers: TestPeer[] = [];
  const sockets: Socket[] = [];
  let redis: PrivateRedis | null = null;
  beforeAll(requirePostgres);
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    for (const s of sockets.splice(0)) s.disconnect();
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await redis?.kill();
  });
  afterAll(() => dropSchemas(schemas));

  it('is survived: resubscribe, resync, converge, with local editing going on meanwhile', { timeout: 60_000 }, async () => {
    redis = await startPrivateRedis();
    const env = { schema: uniqueSchemaName(), prefix: uniqueRedisPrefix(), redisUrl: redis.url };
    schemas.push(env.schema);
    const a = await startScaledServer(env);
    const b = await startScaledServer(env);
    servers.push(a, b);
    const { id, onA, alsoOnA, onB, map } = await boardAcrossInstances(a, b, peers);

    await redis.kill();
    map(onA).set('during-a', 'a');
    map(onB).set('during-b', 'b');
    map(onA).delete('before'); // a deletion too: state vectors alone would not reveal it
    // Local clients keep working through their own instance while Redis is down.
    await waitFor(() => map(alsoOnA).get('during-a') === 'a' && !map(alsoOnA).has('before'), 'the other client on A');
    expect(map(onB).has('during-a')).toBe(false);

    await redis.restart();
    const expected = { 'during-a': 'a', 'during-b': 'b' };
    await waitFor(
      () => [onA, alsoOnA, onB].every((p) => JSON.stringify(sorted(map(p).toJSON())) === JSON.stringify(expected)),
      'every client converging after the restart',
      30_000,
    );
    expect(a.app.gapboard.rooms.get(id)!.doc.getMap('m').toJSON()).toEqual(expected);
    expect(b.app.gapboard.rooms.get(id)!.doc.getMap('m').toJSON()).toEqual(expected);

    // And live fan-out works again afterwards.
    map(onB).set('after', 'b');
    await waitFor(() => map(onA).get('after') === 'b', 'A seeing an edit made after the restart');
  });

  it('lets instances start while Redis is down, and joins them up once it is reachable', { timeout: 60_000 }, async () => {
    redis = await startPrivateRedis();
    await redis.kill();
    const env = { schema: uniqueSchemaName(), prefix: uniqueRedisPrefix(), redisUrl: redis.url };
    schemas.push(env.schema);
    const a = await startScaledServer(env);
    const b = await startScaledServer(env);
    servers.push(a, b);
    const { id } = await a.createBoard({});
    const onA = connectPeer(a.yjsUrl, id);
    const onB = connectPeer(b.yjsUrl, id);
    peers.push(onA, onB);
    await Promise.all([onA.synced, onB.synced]);
    onA.doc.getMap('m').set('a', 1);
    onB.doc.getMap('m').set('b', 2);
    await a.app.gapboard.rooms.get(id)!.whenDurable();
    await b.app.gapboard.rooms.get(id)!.whenDurable();
    expect(onB.doc.getMap('m').has('a')).toBe(false); // nothing crosses yet

    await redis.restart();
    const both = (p: TestPeer) => p.doc.getMap('m').get('a') === 1 && p.doc.getMap('m').get('b') === 2;
    await waitFor(() => both(onA) && both(onB), 'both clients getting both edits', 30_000);
    onA.doc.getMap('m').set('live', true);
    await waitFor(() => onB.doc.getMap('m').get('live') === true, 'live fan-out afterwards');
  });

  it('keeps the meeting alive through the outage, and crossing instances again afterwards', { timeout: 60_000 }, async () => {
    redis = await startPrivateRedis();
    const env = { schema: uniqueSchemaName(), prefix: uniqueRedisPrefix(), redisUrl: redis.url };
    schemas.push(env.schema);
    const a = await startScaledServer(env);
    const b = await startScaledServer(env);
    servers.push(a, b);
    const { id, facilitatorKey } = await a.createBoard({});
    const join = async (server: TestServer, name: string, key?: string) => {
      const socket = io(server.httpUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
      sockets.push(socket);
      const states: MeetingState[] = [];
      const cursors: { name: string }[] = [];
      socket.on('meeting', (state: MeetingState) => states.push(state));
      socket.on('cursor', (cursor: { name: string }) => cursors.push(cursor));
      const ack = (await socket.emitWithAck('join', { boardId: id, name, color: '#1f77b4', key })) as JoinAck;
      expect(ack).toMatchObject({ ok: true });
      return { socket, states, cursors };
    };
    const fay = await join(a, 'Fay', facilitatorKey);
    const pat = await join(b, 'Pat');
    await waitFor(() => pat.states.at(-1)?.roster.length === 2, 'Pat seeing Fay');

    await redis.kill();
    // Meeting traffic while Redis is away: publishes fail (after the client's retries) and are dropped.
    for (let i = 0; i < 10; i++) {
      fay.socket.emit('cursor', { x: i, y: i });
      pat.socket.emit('cursor', { x: i, y: i });
      await new Promise((r) => setTimeout(r, 100));
    }
    await fay.socket.emitWithAck('command', { type: 'set-step', step: 'assessment' });
    expect(fay.states.at(-1)?.step).toBe('assessment'); // local clients keep being served
    await redis.restart();

    // Both instances are still up and meeting traffic crosses again.
    await waitFor(() => pat.states.at(-1)?.step === 'assessment', 'Pat getting the step set during the outage');
    await waitFor(
      () => {
        pat.socket.emit('cursor', { x: 1, y: 2 });
        return fay.cursors.some((c) => c.name === 'Pat');
      },
      'Fay receiving Pat’s cursor after the restart',
      20_000,
    );
    expect((await fetch(`${a.httpUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${b.httpUrl}/healthz`)).status).toBe(200);
  });
});

function sorted(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([x], [y]) => x.localeCompare(y)));
}
