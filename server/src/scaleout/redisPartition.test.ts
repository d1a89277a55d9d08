import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../testing/tcpProxy.testHelper';
import { connectPeer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
import { boardAcrossInstances, startScaledServer } from './scaledServer.testHelper';
import { dropSchemas, requirePostgres, requireRedis, testRedisUrl, uniqueRedisPrefix, uniqueSchemaName } from './testServices.testHelper';

/**
 * One instance loses Redis silently (a network partition: nothing answers, nothing is closed),
 * the other keeps it. The cut-off instance must notice on its own, keep its clients editing, and
 * converge with the other once the partition heals.
 */
describe('a silent Redis partition of one instance', () => {
  const schemas: string[] = [];
  const servers: TestServer[] = [];
  const peers: TestPeer[] = [];
  let proxy: TcpProxy | null = null;
  beforeAll(async () => {
    await requirePostgres();
    await requireRedis();
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await proxy?.close();
  });
  afterAll(() => dropSchemas(schemas));

  /** The shared test Redis behind a proxy the test can cut, and a scale-out env of the test's own. */
  async function redisBehindProxy() {
    const redis = new URL(testRedisUrl);
    const link = await startTcpProxy(Number(redis.port || 6379), redis.hostname);
    proxy = link; // closed after the test
    const viaProxy = new URL(testRedisUrl);
    viaProxy.port = String(link.port);
    const env = { schema: uniqueSchemaName(), prefix: uniqueRedisPrefix() };
    schemas.push(env.schema);
    return { env, viaProxy, link };
  }

  it('is noticed by the cut-off instance, which reconnects and resynchronises once it heals', { timeout: 60_000 }, async () => {
    const { env, viaProxy, link } = await redisBehindProxy();
    const a = await startScaledServer({ ...env, redisUrl: viaProxy.toString() }, { REDIS_LIVENESS_MS: 200 });
    const b = await startScaledServer(env, { REDIS_LIVENESS_MS: 200 });
    servers.push(a, b);
    const { onA, alsoOnA, onB, map } = await boardAcrossInstances(a, b, peers);

    const stallsOfA = async () => ((await (await fetch(`${a.httpUrl}/api/metrics`)).json()) as { fanout: { stalls: number } }).fanout.stalls;
    expect(await stallsOfA()).toBe(0);
    link.blackhole();
    map(onA).set('during-a', 'a');
    map(onB).set('during-b', 'b');
    await waitFor(() => map(alsoOnA).get('during-a') === 'a', 'the other client on A, through A alone');
    // A's sockets stay open: only its own pings can tell it that Redis stopped answering.
    const started = Date.now();
    while ((await stallsOfA()) === 0) {
      if (Date.now() - started > 5000) throw new Error('A never noticed that Redis stopped answering');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(map(onB).has('during-a')).toBe(false);
    expect(map(onA).has('during-b')).toBe(false);

    await link.restore();
    const expected = JSON.stringify({ before: 'a', 'during-a': 'a', 'during-b': 'b' });
    const converged = (p: TestPeer) => JSON.stringify(Object.fromEntries(Object.entries(map(p).toJSON()).sort())) === expected;
    await waitFor(() => [onA, alsoOnA, onB].every(converged), 'every client converging after the partition', 30_000);
  });

  it('does not hold up a graceful shutdown waiting for a Redis that answers nothing', { timeout: 60_000 }, async () => {
    const { env, viaProxy, link } = await redisBehindProxy();
    const a = await startScaledServer({ ...env, redisUrl: viaProxy.toString() });
    const { id } = await a.createBoard({});
    const peer = connectPeer(a.yjsUrl, id);
    peers.push(peer);
    await peer.synced;
    link.blackhole();
    const started = Date.now();
    await a.close();
    expect(Date.now() - started).toBeLessThan(10_000); // QUIT is waited for about a second per group of connections
  });
});
