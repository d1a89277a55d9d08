import { afterEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { JoinAck, MeetingState, ReadLink } from '@gapboard/shared';
import {
  closeClients,
  closeOf,
  connectPeer,
  openRawSocket,
  startTestServer,
  waitFor,
  type TestPeer,
  type TestServer,
} from '../testing/testServer.testHelper';

/**
 * A read-only link is `/v/<token>`: the view token alone addresses the board, read-only, on the
 * Yjs websocket, in the meeting and on the read HTTP routes — and never reveals the board id,
 * whose holder could edit.
 */
describe('view tokens address a board read-only', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  const peers: TestPeer[] = [];
  afterEach(() => closeClients(server, sockets, peers));

  const connectMeeting = async (): Promise<{ socket: Socket; received: string[] }> => {
    const socket = io(server.httpUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(socket);
    const received: string[] = [];
    socket.onAny((event: string, ...args: unknown[]) => received.push(JSON.stringify([event, ...args])));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return { socket, received };
  };

  const join = (socket: Socket, boardId: string, name: string, key?: string) =>
    socket.emitWithAck('join', { boardId, name, color: '#2ca02c', key }) as Promise<JoinAck>;

  /** Creates a board and mints a read link through the meeting, as the facilitator does. */
  const boardWithReadLink = async (title: string) => {
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title });
    const facilitator = await connectMeeting();
    expect(await join(facilitator.socket, id, 'Fay', facilitatorKey)).toMatchObject({ ok: true, role: 'facilitator' });
    const link = new Promise<ReadLink>((resolve) => facilitator.socket.once('read-link', resolve));
    await facilitator.socket.emitWithAck('command', { type: 'mint-read-link' });
    const { token, path } = await link;
    return { id, facilitatorKey, facilitator, token, path };
  };

  it('mints /v/<token>: a prefixed token of at least 128 random bits, without the board id', async () => {
    server = await startTestServer();
    const { id, token, path } = await boardWithReadLink('Minted');
    expect(path).toBe(`/v/${token}`);
    expect(token).toMatch(/^v_[A-Za-z0-9_-]{43}$/);
    expect(path).not.toContain(id);
    // Stored as a hash only.
    expect(await server.app.gapboard.storage.hasReadTokenHash(id, token)).toBe(false);
    expect(await server.app.gapboard.boards.isValidReadToken(id, token)).toBe(true);
  });

  it('a websocket client on /yjs/<token> receives live updates and its writes are dropped', async () => {
    server = await startTestServer();
    const { id, token } = await boardWithReadLink('Shared');
    const editor = connectPeer(server.yjsUrl, id);
    const viewer = connectPeer(server.yjsUrl, token);
    peers.push(editor, viewer);
    await Promise.all([editor.synced, viewer.synced]);
    await waitFor(() => viewer.doc.getMap('meta').get('title') === 'Shared', 'viewer sees the board');

    editor.doc.getMap('stickies').set('live', 'from editor');
    await waitFor(() => viewer.doc.getMap('stickies').get('live') === 'from editor', 'viewer receives live updates');

    const droppedBefore = server.app.gapboard.metrics.droppedWrites;
    viewer.doc.getMap('stickies').set('evil', 'x');
    viewer.doc.getMap('meta').set('title', 'Defaced');
    // Barrier: awareness travels after the viewer's document update on the same socket.
    viewer.provider.awareness.setLocalStateField('mark', 1);
    await waitFor(() => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.mark === 1, 'barrier');
    expect(editor.doc.getMap('stickies').has('evil')).toBe(false);
    expect(editor.doc.getMap('meta').get('title')).toBe('Shared');
    expect(server.app.gapboard.rooms.get(id)?.doc.getMap('stickies').has('evil')).toBe(false);
    expect(server.app.gapboard.metrics.droppedWrites).toBeGreaterThan(droppedBefore);
  });

  it('a view token ignores a facilitator key presented with it', async () => {
    server = await startTestServer();
    const { id, facilitatorKey, token } = await boardWithReadLink('Keyed');
    const editor = connectPeer(server.yjsUrl, id);
    const viewer = connectPeer(server.yjsUrl, token, { key: facilitatorKey });
    peers.push(editor, viewer);
    await Promise.all([editor.synced, viewer.synced]);
    viewer.doc.getMap('stickies').set('evil', 'x');
    viewer.provider.awareness.setLocalStateField('mark', 1);
    await waitFor(() => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.mark === 1, 'barrier');
    expect(editor.doc.getMap('stickies').has('evil')).toBe(false);

    const meeting = await connectMeeting();
    expect(await join(meeting.socket, token, 'Vic', facilitatorKey)).toMatchObject({ ok: true, role: 'viewer' });
  });

  it('joins the board\'s real meeting as a viewer, and nothing it receives names the board id', async () => {
    server = await startTestServer();
    const { id, facilitator, token } = await boardWithReadLink('Meeting');
    const viewer = await connectMeeting();
    const ack = await join(viewer.socket, token, 'Vic');
    expect(ack).toMatchObject({ ok: true, role: 'viewer' });
    if (!ack.ok) throw new Error('join failed');
    // Same meeting as the facilitator: the roster holds both.
    expect(ack.state.roster.map((p) => p.name).sort()).toEqual(['Fay', 'Vic']);

    // Events relayed to the viewer: a meeting change, a cursor and ink from the facilitator.
    const stepped = new Promise<MeetingState>((resolve) =>
      viewer.socket.on('meeting', (s: MeetingState) => s.step === 'mind-the-gap' && resolve(s)),
    );
    expect(await facilitator.socket.emitWithAck('command', { type: 'set-step', step: 'mind-the-gap' })).toEqual({ ok: true });
    await stepped;
    const cursor = new Promise<void>((resolve) => viewer.socket.once('cursor', () => resolve()));
    facilitator.socket.emit('cursor', { x: 1, y: 2 });
    await cursor;
    const ink = new Promise<void>((resolve) => viewer.socket.once('ink', () => resolve()));
    facilitator.socket.emit('ink', { strokeId: 's1', points: [0, 0, 5, 5], color: '#d62728' });
    await ink;

    // Viewers cannot draw nor command.
    expect(await viewer.socket.emitWithAck('command', { type: 'mint-read-link' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(JSON.stringify(ack)).not.toContain(id);
    expect(viewer.received.length).toBeGreaterThan(2);
    for (const message of viewer.received) expect(message).not.toContain(id);
  });

  it('answers GET /api/boards/<token> (metadata, export, analysis) read-only without the board id', async () => {
    server = await startTestServer();
    const { id, token } = await boardWithReadLink('Login outage');

    const meta = await fetch(`${server.httpUrl}/api/boards/${token}`);
    expect(meta.status).toBe(200);
    const metaText = await meta.text();
    expect(JSON.parse(metaText)).toEqual({ id: token, title: 'Login outage', createdAt: expect.any(String), locked: false, readOnly: true });
    expect(metaText).not.toContain(id);

    const own = (await (await fetch(`${server.httpUrl}/api/boards/${id}`)).json()) as { readOnly: boolean };
    expect(own.readOnly).toBe(false);

    const exported = await fetch(`${server.httpUrl}/api/boards/${token}/export.json`);
    expect(exported.status).toBe(200);
    const exportText = await exported.text();
    expect((JSON.parse(exportText) as { title: string }).title).toBe('Login outage');
    expect(exportText).not.toContain(id);
    expect(exported.headers.get('content-disposition') ?? '').not.toContain(id);

    const analysis = await fetch(`${server.httpUrl}/api/boards/${token}/analysis`);
    expect(analysis.status).toBe(200);
    expect(await analysis.text()).not.toContain(id);
  });

  it('refuses an unknown token everywhere: 4404, 404 and unknown-board', async () => {
    server = await startTestServer();
    const { token } = await boardWithReadLink('Known');
    const unknown = `v_${'A'.repeat(43)}`;
    expect(unknown).not.toBe(token);

    const socket = await openRawSocket(`${server.yjsUrl}/${unknown}`);
    expect(await closeOf(socket)).toEqual({ code: 4404, reason: 'board not found' });

    for (const path of [`/api/boards/${unknown}`, `/api/boards/${unknown}/export.json`, `/api/boards/${unknown}/analysis`]) {
      const res = await fetch(`${server.httpUrl}${path}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: string }).error).toBe('not-found');
    }

    const meeting = await connectMeeting();
    expect(await join(meeting.socket, unknown, 'Lost')).toMatchObject({ ok: false, error: { code: 'unknown-board' } });
  });
});
