import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeSyncStep1 } from '../rooms/yMessages';
import * as Y from 'yjs';
import { closeClients, closeOf, connectPeer, startTestServer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';

/**
 * A peer that vanished without closing (sleep, lost network) keeps its TCP connection open on the
 * server for as long as nothing is sent; the heartbeat finds it and lets its room be stored and
 * evicted. `autoPong: false` stands for that peer: connected, but never answering a ping.
 */
describe('Yjs connection heartbeat', () => {
  let server: TestServer | undefined;
  const peers: TestPeer[] = [];
  afterEach(() => closeClients(server, [], peers));

  async function silentPeer(url: string): Promise<WebSocket> {
    const socket = new WebSocket(url, { autoPong: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.send(encodeSyncStep1(new Y.Doc()));
    return socket;
  }

  it('closes a peer that stops answering pings, keeps one that answers, and the room then holds only the live one', async () => {
    server = await startTestServer({ WS_HEARTBEAT_MS: 100 });
    const { id } = await server.createBoard({});
    const live = connectPeer(server.yjsUrl, id);
    peers.push(live);
    await live.synced;
    const silent = await silentPeer(`${server.yjsUrl}/${id}`);
    const closed = closeOf(silent);
    const metrics = async () => (await (await fetch(`${server!.httpUrl}/api/metrics`)).json()) as Record<string, number>;

    expect((await closed).code).toBe(1006); // terminated, no close handshake
    expect((await metrics()).silentConnections).toBe(1);
    // Several intervals later the answering peer is still connected and synced.
    await new Promise((r) => setTimeout(r, 500));
    expect(live.provider.wsconnected).toBe(true);
    expect((await metrics()).connections).toBe(1);
  });

  it('sends no pings with WS_HEARTBEAT_MS=0', async () => {
    server = await startTestServer({ WS_HEARTBEAT_MS: 0 });
    const { id } = await server.createBoard({});
    const silent = await silentPeer(`${server.yjsUrl}/${id}`);
    let pinged = false;
    silent.on('ping', () => {
      pinged = true;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(pinged).toBe(false);
    expect(silent.readyState).toBe(WebSocket.OPEN);
    silent.close();
  });
});
