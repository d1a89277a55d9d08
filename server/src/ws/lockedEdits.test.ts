import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { closeClients, connectPeer, joinMeeting, startTestServer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';

/**
 * Edits a participant makes while the facilitator has the board locked are refused by the
 * server, but the participant's client keeps them; once unlocked they reach everyone, over the
 * same connection (stock y-websocket clients, the lock driven through the socket.io meeting).
 */
describe('edits refused while the board is locked', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  const peers: TestPeer[] = [];
  afterEach(() => closeClients(server, sockets, peers));

  const join = async (boardId: string, name: string, key?: string) => {
    const { socket, ack } = await joinMeeting(server, sockets, boardId, name, key);
    expect(ack).toMatchObject({ ok: true });
    return socket;
  };
  const peer = (boardId: string, params: Record<string, string> = {}) => {
    const p = connectPeer(server.yjsUrl, boardId, params);
    peers.push(p);
    return p;
  };
  /** Waits until the server handled `from`'s frames so far: an awareness mark sent after them reaches `to`. */
  const barrier = async (from: TestPeer, to: TestPeer, mark: string) => {
    from.provider.awareness.setLocalStateField('mark', mark);
    await waitFor(() => to.provider.awareness.getStates().get(from.doc.clientID)?.mark === mark, `awareness mark ${mark}`);
  };
  const stickyText = (p: TestPeer, id: string) => (p.doc.getMap('stickies').get(id) as Y.Map<unknown> | undefined)?.get('text');
  /** Counts the provider's websocket connections, to show the delivery needed no reconnect. */
  const countConnections = (p: TestPeer) => {
    let n = 0;
    p.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') n++;
    });
    return () => n;
  };

  it('a sticky typed while locked reaches the facilitator on unlock, without the participant reconnecting', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({});
    const fay = await join(id, 'Fay', facilitatorKey);
    await join(id, 'Jonas');
    const facilitator = peer(id, { key: facilitatorKey });
    const participant = peer(id);
    await Promise.all([facilitator.synced, participant.synced]);
    const connections = countConnections(participant);

    // N: the empty sticky is created before the lock and reaches everyone.
    const sticky = new Y.Map<unknown>([
      ['kind', 'issue'],
      ['text', ''],
      ['x', 0],
      ['y', 0],
    ]);
    participant.doc.getMap('stickies').set('s1', sticky);
    await waitFor(() => stickyText(facilitator, 's1') === '', 'the empty sticky on the facilitator');

    expect(await fay.emitWithAck('command', { type: 'lock', locked: true })).toEqual({ ok: true });
    // Enter, after the lock: the text is refused.
    sticky.set('text', 'Status page silent for 2 hours');
    await barrier(participant, facilitator, 'after-enter');
    expect(stickyText(facilitator, 's1')).toBe('');
    expect(server.app.gapboard.metrics.droppedWrites).toBeGreaterThan(0);

    expect(await fay.emitWithAck('command', { type: 'lock', locked: false })).toEqual({ ok: true });
    await waitFor(() => stickyText(facilitator, 's1') === 'Status page silent for 2 hours', 'the text on the facilitator after unlock');
    expect(connections()).toBe(0);

    // Stored, not only relayed: a newcomer loads it.
    const late = peer(id);
    await late.synced;
    await waitFor(() => stickyText(late, 's1') === 'Status page silent for 2 hours', 'the text on a late joiner');
  });

  it('offline edits a participant brings back while the board is locked reach the board on unlock', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({});
    const fay = await join(id, 'Fay', facilitatorKey);
    const facilitator = peer(id, { key: facilitatorKey });
    const participant = peer(id);
    await Promise.all([facilitator.synced, participant.synced]);

    participant.provider.disconnect();
    participant.doc.getMap('meta').set('title', 'Renamed offline');
    expect(await fay.emitWithAck('command', { type: 'lock', locked: true })).toEqual({ ok: true });
    const resynced = new Promise<void>((resolve) => participant.provider.once('sync', (s: boolean) => s && resolve()));
    participant.provider.connect();
    await resynced;
    await barrier(participant, facilitator, 'reconnected');
    expect(facilitator.doc.getMap('meta').get('title')).not.toBe('Renamed offline');

    expect(await fay.emitWithAck('command', { type: 'lock', locked: false })).toEqual({ ok: true });
    await waitFor(() => facilitator.doc.getMap('meta').get('title') === 'Renamed offline', 'the offline edit after unlock');
  });
});
