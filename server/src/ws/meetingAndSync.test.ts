import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { CommandAck, ReadLink } from '@gapboard/shared';
import { closeClients, connectPeer, joinMeeting, startTestServer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';

/**
 * The socket.io meeting and the Yjs websocket share one HTTP server: both upgrade, and the
 * facilitator's meeting commands (lock, read-only link) govern the Yjs document.
 */
describe('meeting and Yjs sync on one server', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  const peers: TestPeer[] = [];
  afterEach(() => closeClients(server, sockets, peers));

  const join = (boardId: string, name: string, key?: string) => joinMeeting(server, sockets, boardId, name, key);

  it('lets only the facilitator drive the timer', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({});
    const participant = await join(id, 'Pat');
    const facilitator = await join(id, 'Fay', facilitatorKey);
    expect(participant.ack).toMatchObject({ ok: true, role: 'participant' });
    expect(facilitator.ack).toMatchObject({ ok: true, role: 'facilitator' });

    const refused = (await participant.socket.emitWithAck('command', { type: 'timer-start', minutes: 10 })) as CommandAck;
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const accepted = (await facilitator.socket.emitWithAck('command', { type: 'timer-start', minutes: 10 })) as CommandAck;
    expect(accepted).toEqual({ ok: true });
  });

  it("locking from the meeting drops participants' document writes", async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({});
    const facilitator = await join(id, 'Fay', facilitatorKey);
    const editor = connectPeer(server.yjsUrl, id);
    const watcher = connectPeer(server.yjsUrl, id, { key: facilitatorKey });
    peers.push(editor, watcher);
    await Promise.all([editor.synced, watcher.synced]);

    expect(await facilitator.socket.emitWithAck('command', { type: 'lock', locked: true })).toEqual({ ok: true });
    expect(server.app.gapboard.boards.isLocked(id)).toBe(true);
    editor.doc.getMap('meta').set('title', 'while locked');
    editor.provider.awareness.setLocalStateField('mark', 1);
    await waitFor(() => watcher.provider.awareness.getStates().get(editor.doc.clientID)?.mark === 1, 'barrier');
    expect(server.app.gapboard.rooms.get(id)?.doc.getMap('meta').get('title')).not.toBe('while locked');
    expect(watcher.doc.getMap('meta').get('title')).not.toBe('while locked');
    expect((await server.app.gapboard.storage.getRecord(id))?.locked).toBe(true);
  });

  it('a read-only link minted in the meeting opens the board read-only', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title: 'Shared' });
    const facilitator = await join(id, 'Fay', facilitatorKey);
    const link = new Promise<ReadLink>((resolve) => facilitator.socket.once('read-link', resolve));
    await facilitator.socket.emitWithAck('command', { type: 'mint-read-link' });
    const { token } = await link;
    expect(await server.app.gapboard.boards.isValidReadToken(id, token)).toBe(true);

    const viewer = connectPeer(server.yjsUrl, id, { readToken: token });
    const editor = connectPeer(server.yjsUrl, id);
    peers.push(viewer, editor);
    await Promise.all([viewer.synced, editor.synced]);
    await waitFor(() => viewer.doc.getMap('meta').get('title') === 'Shared', 'viewer sees the board');
    viewer.doc.getMap('meta').set('title', 'changed by viewer');
    viewer.provider.awareness.setLocalStateField('mark', 1);
    await waitFor(() => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.mark === 1, 'barrier');
    expect(editor.doc.getMap('meta').get('title')).toBe('Shared');
  });
});
