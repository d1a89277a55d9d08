import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dropSchemas, requirePostgres, testDatabaseUrl, uniqueSchemaName } from '../scaleout/testServices.testHelper';
import { startTcpProxy, type TcpProxy } from '../testing/tcpProxy.testHelper';
import { connectPeer, startTestServer, waitFor, type TestServer } from '../testing/testServer.testHelper';
import { PostgresStorage } from './PostgresStorage';

const schemas = new Set<string>();
beforeAll(requirePostgres);
afterAll(() => dropSchemas(schemas));

/** The real Postgres behind a proxy the test can cut: the server is started on the proxy's port. */
async function serverBehindProxy(timeoutMs: number): Promise<{ server: TestServer; proxy: TcpProxy; schema: string }> {
  const target = new URL(testDatabaseUrl);
  const proxy = await startTcpProxy(Number(target.port || 5432), target.hostname);
  const viaProxy = new URL(testDatabaseUrl);
  viaProxy.port = String(proxy.port);
  const schema = uniqueSchemaName();
  schemas.add(schema);
  const server = await startTestServer({ DATABASE_URL: viaProxy.toString(), DATABASE_SCHEMA: schema, DATABASE_TIMEOUT_MS: timeoutMs });
  return { server, proxy, schema };
}

async function storedState(schema: string, boardId: string): Promise<Record<string, unknown>> {
  const storage = new PostgresStorage({ connectionString: testDatabaseUrl, schema });
  try {
    const stored = await storage.load(boardId);
    const doc = new Y.Doc();
    for (const u of [stored.snapshot, ...stored.updates]) if (u) Y.applyUpdate(doc, u);
    return doc.getMap('m').toJSON();
  } finally {
    await storage.close();
  }
}

/** Polls `url` until it answers `status` (a network effect: the timeout is only a safety net). */
async function untilStatus(url: string, status: number, what: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while ((await fetch(url)).status !== status) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Postgres going away under a running server', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** A server behind the proxy, a board, and a writer and a watcher synced on it. */
  async function boardWithTwoPeers(timeoutMs: number) {
    const { server, proxy, schema } = await serverBehindProxy(timeoutMs);
    cleanup.push(() => proxy.close(), () => server.close());
    const { id } = await server.createBoard();
    const writer = connectPeer(server.yjsUrl, id);
    const watcher = connectPeer(server.yjsUrl, id);
    cleanup.push(() => writer.destroy(), () => watcher.destroy());
    await Promise.all([writer.synced, watcher.synced]);
    return { server, proxy, schema, id, writer, watcher };
  }

  it('reports 503 and relays nothing it could not store; once Postgres is back the edits made meanwhile arrive and are stored', { timeout: 60_000 }, async () => {
    const { server, proxy, schema, id, writer, watcher } = await boardWithTwoPeers(10_000);
    writer.doc.getMap('m').set('before', 1);
    await waitFor(() => watcher.doc.getMap('m').get('before') === 1, 'the edit before the outage');

    await proxy.stop();
    const health = await fetch(`${server.httpUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ ok: false, message: 'storage is not reachable' });
    const create = await fetch(`${server.httpUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(create.status).toBeGreaterThanOrEqual(500);
    expect(await create.json()).toMatchObject({ message: expect.any(String) });

    // An edit during the outage cannot be stored, so no peer may see it from the server.
    writer.doc.getMap('m').set('during', 2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(watcher.doc.getMap('m').has('during')).toBe(false);

    await proxy.restore();
    await untilStatus(`${server.httpUrl}/healthz`, 200, 'healthz after the outage', 10_000);
    // The writer kept its edit and resends it on reconnecting (sync step 2).
    await waitFor(() => watcher.doc.getMap('m').get('during') === 2, 'the outage edit relayed once stored', 20_000);
    expect(await storedState(schema, id)).toEqual({ before: 1, during: 2 });
  });

  it('answers within DATABASE_TIMEOUT_MS when Postgres stops answering (partition), relays nothing unstored, and recovers', { timeout: 60_000 }, async () => {
    const { server, proxy, schema, id, writer, watcher } = await boardWithTwoPeers(1000);

    proxy.blackhole();
    const started = Date.now();
    const health = await fetch(`${server.httpUrl}/healthz`);
    expect(health.status).toBe(503);
    const board = await fetch(`${server.httpUrl}/api/boards/${id}`);
    expect(board.status).toBeGreaterThanOrEqual(500);
    expect(await board.json()).toMatchObject({ message: expect.any(String) });
    expect(Date.now() - started).toBeLessThan(15_000); // two requests, each bounded by the 1 s timeout

    writer.doc.getMap('m').set('during', 'partition');
    await new Promise((resolve) => setTimeout(resolve, 2500)); // past the timeout of its append
    expect(watcher.doc.getMap('m').has('during')).toBe(false);

    await proxy.restore();
    await untilStatus(`${server.httpUrl}/healthz`, 200, 'healthz after the partition', 15_000);
    await waitFor(() => watcher.doc.getMap('m').get('during') === 'partition', 'the partition edit relayed once stored', 20_000);
    expect(await storedState(schema, id)).toEqual({ during: 'partition' });
  });
});
