import { afterEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { JoinAck, MeetingState } from '@gapboard/shared';
import { startTcpProxy, type TcpProxy } from '../testing/tcpProxy.testHelper';
import { closeClients, joinMeeting, startTestServer, waitFor, type TestServer } from '../testing/testServer.testHelper';

/**
 * Someone whose laptop sleeps or whose network drops never says goodbye: the meeting must find
 * out by its own pings (WS_HEARTBEAT_MS) and take them off everyone's roster. A TCP proxy that
 * stops forwarding without closing anything stands for that network.
 */
describe('meeting heartbeat', () => {
  let server: TestServer | undefined;
  let proxy: TcpProxy | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await closeClients(server, sockets, []);
  });

  it('takes a member whose network went silent off the roster within a few heartbeats', async () => {
    server = await startTestServer({ WS_HEARTBEAT_MS: 200 });
    const { id } = await server.createBoard({});
    const watcher = await joinMeeting(server, sockets, id, 'Ada');
    let roster: string[] = [];
    watcher.socket.on('meeting', (state: MeetingState) => {
      roster = state.roster.map((p) => p.name);
    });

    proxy = await startTcpProxy(Number(new URL(server.httpUrl).port));
    const silent = io(`http://127.0.0.1:${proxy.port}`, { transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(silent);
    const ack = (await silent.emitWithAck('join', { boardId: id, name: 'Sana', color: '#ff7f0e' })) as JoinAck;
    expect(ack.ok).toBe(true);
    await waitFor(() => roster.includes('Sana'), 'Sana on the roster');

    proxy.blackhole();
    // socket.io's defaults would keep her for 25 s + 20 s.
    await waitFor(() => !roster.includes('Sana'), 'Sana off the roster', 3000);
    expect(roster).toEqual(['Ada']);
  });
});
