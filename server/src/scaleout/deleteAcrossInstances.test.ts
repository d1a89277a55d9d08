import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { JoinAck } from '@gapboard/shared';
import { connectPeer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
import { startScaledServer } from './scaledServer.testHelper';
import { dropSchemas, requirePostgres, requireRedis, uniqueRedisPrefix, uniqueSchemaName } from './testServices.testHelper';

/** Deleting a board through one instance ends it on every instance (Postgres + Redis). */
describe('deleting a board with two instances', () => {
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

  const startPair = async () => {
    const env = { schema: uniqueSchemaName(), prefix: uniqueRedisPrefix() };
    schemas.push(env.schema);
    const a = await startScaledServer(env, { ROOM_IDLE_MS: 60_000 });
    const b = await startScaledServer(env, { ROOM_IDLE_MS: 60_000 });
    servers.push(a, b);
    return [a, b] as const;
  };
  const peer = (server: TestServer, boardId: string) => {
    const p = connectPeer(server.yjsUrl, boardId);
    peers.push(p);
    const closes: number[] = [];
    p.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    return { ...p, closes };
  };

  it("closes the other instance's idle Yjs clients with 4404 at once and disconnects its meeting members", async () => {
    const [a, b] = await startPair();
    const { id, facilitatorKey } = await a.createBoard({ format: 'gapboard/v1', title: 'Shared' });
    const onA = peer(a, id);
    const onB = peer(b, id); // only reads: no write of its own would reveal the deletion
    await Promise.all([onA.synced, onB.synced]);
    onA.doc.getMap('meta').set('title', 'seen on both');
    await waitFor(() => onB.doc.getMap('meta').get('title') === 'seen on both', 'both rooms to be shared');
    const member = io(b.httpUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(member);
    const ack = (await member.emitWithAck('join', { boardId: id, name: 'Pat', color: '#1f77b4' })) as JoinAck;
    expect(ack).toMatchObject({ ok: true });
    const disconnected = new Promise<string>((resolve) => member.once('disconnect', resolve));

    const res = await fetch(`${a.httpUrl}/api/boards/${id}`, { method: 'DELETE', headers: { 'x-facilitator-key': facilitatorKey } });
    expect(res.status).toBe(204);

    await waitFor(() => onA.closes.includes(4404) && onB.closes.includes(4404), 'clients on both instances to get 4404');
    await waitFor(() => b.app.gapboard.rooms.get(id) === undefined, "instance B's room to be dropped");
    expect(await disconnected).toBe('io server disconnect');
    // B answers 4404 to a new connection and 404 over HTTP: nothing of the board is left.
    const late = peer(b, id);
    await waitFor(() => late.closes.includes(4404), 'a new connection on B to get 4404');
    expect((await fetch(`${b.httpUrl}/api/boards/${id}`)).status).toBe(404);
    expect(await b.app.gapboard.storage.getRecord(id)).toBeNull();
  });
});
