import type { JoinAck, MeetingState, ReadLink } from '@gapboard/shared';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { closeClients, connectPeer, startTestServer, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
import { nextEvent } from './meetingTestServer.testHelper';

/**
 * The meeting inside the whole app (real BoardAccess, SQLite, the Yjs websocket on the same
 * HTTP server): both upgrade paths must coexist and the roles must come from the board store.
 */
describe('live meeting in the full app', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  const peers: TestPeer[] = [];
  afterEach(() => closeClients(server, sockets, peers));

  async function connect(): Promise<Socket> {
    const socket = connectClient(server.httpUrl, { transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }

  function join(socket: Socket, boardId: string, name: string, creds: { key?: string; readToken?: string } = {}): Promise<JoinAck> {
    return socket.emitWithAck('join', { boardId, name, color: '#2ca02c', ...creds });
  }

  it('serves socket.io next to a Yjs peer; roles come from the facilitator key and minted read links', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({});
    const peer = connectPeer(server.yjsUrl, id);
    peers.push(peer);

    const fac = await connect();
    const part = await connect();
    expect(await join(fac, id, 'Fran', { key: facilitatorKey })).toMatchObject({ ok: true, role: 'facilitator' });
    expect(await join(part, id, 'Pat', { key: 'not-the-key' })).toMatchObject({ ok: true, role: 'participant' });
    await peer.synced;

    // A participant cannot drive the timer.
    expect(await part.emitWithAck('command', { type: 'timer-start', minutes: 10 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const started = nextEvent<MeetingState>(part, 'meeting', (s) => s.timer.running);
    expect(await fac.emitWithAck('command', { type: 'timer-start', minutes: 10 })).toEqual({ ok: true });
    expect((await started).timer.running).toBe(true);

    const link = nextEvent<ReadLink>(fac, 'read-link');
    await fac.emitWithAck('command', { type: 'mint-read-link' });
    const { token, path } = await link;
    expect(path).toBe(`/v/${token}`);
    const viewer = await connect();
    expect(await join(viewer, id, 'Vic', { readToken: token })).toMatchObject({ ok: true, role: 'viewer' });
    const byToken = await connect();
    expect(await join(byToken, token, 'Tom')).toMatchObject({ ok: true, role: 'viewer' });

    const locked = nextEvent<MeetingState>(part, 'meeting', (s) => s.locked);
    await fac.emitWithAck('command', { type: 'lock', locked: true });
    await locked;
    expect(server.app.gapboard.boards.isLocked(id)).toBe(true);

    const metrics = (await (await fetch(`${server.httpUrl}/api/metrics`)).json()) as { meeting: { forbidden: number } };
    expect(metrics.meeting.forbidden).toBe(1);
  });

  it('answers join for a board the store does not know with unknown-board', async () => {
    server = await startTestServer();
    const socket = await connect();
    const ack = await join(socket, 'V1StGXR8_Z5jdHi6B-myTzzzz', 'Lost');
    expect(ack).toMatchObject({ ok: false, error: { code: 'unknown-board' } });
  });
});
