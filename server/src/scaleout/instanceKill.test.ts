import type { ChildProcess } from 'node:child_process';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectPeer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
import { PostgresStorage } from '../storage/PostgresStorage';
import { startScaledChild, startScaledServer } from './scaledServer.testHelper';
import { dropSchemas, requirePostgres, requireRedis, testDatabaseUrl, uniqueRedisPrefix, uniqueSchemaName } from './testServices.testHelper';

/**
 * An instance dies without warning (SIGKILL) in the middle of a stream of edits. Its client
 * reconnects through the other instance — as a load balancer would route it — and nothing is
 * lost: not what the dead instance had stored, not what it had not yet stored.
 */
describe('an instance killed mid-edit', () => {
  const schemas: string[] = [];
  const children: ChildProcess[] = [];
  const servers: TestServer[] = [];
  const peers: TestPeer[] = [];
  beforeAll(async () => {
    await requirePostgres();
    await requireRedis();
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(() => dropSchemas(schemas));

  it('loses nothing, and its clients carry on through the other instance', { timeout: 90_000 }, async () => {
    const env = { schema: uniqueSchemaName(), prefix: uniqueRedisPrefix() };
    schemas.push(env.schema);
    const doomed = await startScaledChild(env);
    children.push(doomed.child);
    const survivor = await startScaledServer(env);
    servers.push(survivor);
    const { id } = await survivor.createBoard({});

    const writer = connectPeer(`ws://127.0.0.1:${doomed.port}/yjs`, id);
    const watcher = connectPeer(survivor.yjsUrl, id);
    peers.push(writer, watcher);
    await Promise.all([writer.synced, watcher.synced]);

    const list = writer.doc.getArray<number>('list');
    const exited = new Promise((r) => doomed.child.once('exit', r));
    let killedAt = -1;
    // Kill from the watcher's observer, the moment edits written through the doomed instance
    // show up on the survivor: the doomed instance is busy mid-stream.
    watcher.doc.getArray<number>('list').observe(() => {
      if (killedAt < 0 && watcher.doc.getArray('list').length >= 50) {
        killedAt = watcher.doc.getArray('list').length;
        doomed.child.kill('SIGKILL');
      }
    });
    for (let i = 0; i < 200; i++) {
      list.push([i]);
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 5)); // let frames go out mid-stream
    }
    await exited;
    expect(killedAt).toBeGreaterThanOrEqual(50);
    expect(killedAt).toBeLessThan(200); // really mid-stream
    for (let i = 200; i < 220; i++) list.push([i]); // the writer keeps editing while cut off

    // The load balancer sends the reconnect to the surviving instance.
    writer.provider.serverUrl = survivor.yjsUrl;
    const all = [...Array(220).keys()];
    await waitFor(() => watcher.doc.getArray('list').length === 220, 'the watcher receiving every edit', 30_000);
    expect(watcher.doc.getArray<number>('list').toArray()).toEqual(all);
    expect(writer.provider.wsconnected).toBe(true);

    // The writer carries on through the survivor.
    list.push([220]);
    await waitFor(() => watcher.doc.getArray('list').length === 221, 'an edit after the failover');

    // Durable, not only in the survivor's memory: a fresh read of the shared storage has it all.
    await survivor.app.gapboard.rooms.get(id)!.whenDurable();
    const storage = new PostgresStorage({ connectionString: testDatabaseUrl, schema: env.schema, maxConnections: 2 });
    try {
      const stored = await storage.load(id);
      const doc = new Y.Doc();
      for (const u of [stored.snapshot, ...stored.updates]) if (u) Y.applyUpdate(doc, u);
      expect(doc.getArray<number>('list').toArray()).toEqual([...all, 220]);
    } finally {
      await storage.close();
    }
  });
});
