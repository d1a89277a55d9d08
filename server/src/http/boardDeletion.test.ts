import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Socket } from 'socket.io-client';
import type { ReadLink } from '@gapboard/shared';
import { hashSecret } from '../boards/secrets';
import {
  closeClients,
  closeOf,
  connectPeer,
  joinMeeting,
  openRawSocket,
  startTestServer,
  waitFor,
  type TestPeer,
  type TestServer,
} from '../testing/testServer.testHelper';

/**
 * `DELETE /api/boards/:id` with the facilitator key in `x-facilitator-key`: the board and all
 * it stored are gone, its live clients are closed (Yjs 4404, meeting disconnected), and no
 * client's local copy can bring it back.
 */
describe('deleting a board', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  const peers: TestPeer[] = [];
  afterEach(() => closeClients(server, sockets, peers));

  const del = (id: string, headers: Record<string, string> = {}) =>
    fetch(`${server.httpUrl}/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE', headers });
  const asFacilitator = (key: string) => ({ 'x-facilitator-key': key });

  /** A stock y-websocket peer that records the close codes it gets. */
  const peer = (id: string, params: Record<string, string> = {}) => {
    const p = connectPeer(server.yjsUrl, id, params);
    peers.push(p);
    const closes: number[] = [];
    p.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    return { ...p, closes };
  };

  it('answers 204 to the facilitator key and removes the board with its document and view tokens', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title: 'Payments outage' });
    const facilitator = await joinMeeting(server, sockets, id, 'Fay', facilitatorKey);
    const link = new Promise<ReadLink>((resolve) => facilitator.socket.once('read-link', resolve));
    await facilitator.socket.emitWithAck('command', { type: 'mint-read-link' });
    const { token } = await link;
    const editor = peer(id);
    await editor.synced;
    editor.doc.getMap('meta').set('customerImpact', 'card payments failed');
    await waitFor(() => server.app.gapboard.metrics.updates > 0, 'the edit to be stored');

    const res = await del(id, asFacilitator(facilitatorKey));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');

    const { storage } = server.app.gapboard;
    expect(await storage.getRecord(id)).toBeNull();
    expect(await storage.list()).not.toContain(id);
    await expect(storage.load(id)).rejects.toThrow(/board not found/);
    expect(await storage.findBoardByReadTokenHash(hashSecret(token))).toBeNull();
    expect((await fetch(`${server.httpUrl}/api/boards/${id}`)).status).toBe(404);
    expect((await fetch(`${server.httpUrl}/api/boards/${token}`)).status).toBe(404);
    expect((await fetch(`${server.httpUrl}/api/boards/${id}/export.json`)).status).toBe(404);
    expect((await del(id, asFacilitator(facilitatorKey))).status).toBe(404);
  });

  it('answers 404 for an unknown board and 403 for a missing or wrong key, keeping the board', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title: 'Kept' });

    const unknown = await del('no-such-board-abcdefghi', asFacilitator(facilitatorKey));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'not-found', message: 'board not found: no-such-board-abcdefghi' });

    for (const headers of [{}, asFacilitator('wrong-key'), asFacilitator('')]) {
      const res = await del(id, headers);
      expect(res.status).toBe(403);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe('forbidden');
      expect(body.message).toContain('x-facilitator-key');
    }
    // The websocket's `?key=` is not how the HTTP API takes the key (URLs end up in logs).
    expect((await fetch(`${server.httpUrl}/api/boards/${id}?key=${encodeURIComponent(facilitatorKey)}`, { method: 'DELETE' })).status).toBe(403);
    expect(await server.app.gapboard.storage.getRecord(id)).not.toBeNull();
    expect((await fetch(`${server.httpUrl}/api/boards/${id}`)).status).toBe(200);
  });

  it('never deletes through a view token, even with the facilitator key next to it', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title: 'Read-only' });
    const token = await server.app.gapboard.boards.mintReadToken(id);

    const res = await del(token, asFacilitator(facilitatorKey));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toBe('forbidden');
    expect(await server.app.gapboard.storage.getRecord(id)).not.toBeNull();
    expect((await fetch(`${server.httpUrl}/api/boards/${token}`)).status).toBe(200);
  });

  it('closes every open Yjs connection with 4404 and drops the room without storing it', async () => {
    server = await startTestServer({ ROOM_IDLE_MS: 60_000 });
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title: 'Live' });
    const token = await server.app.gapboard.boards.mintReadToken(id);
    const facilitator = peer(id, { key: facilitatorKey });
    const participant = peer(id);
    const viewer = peer(token);
    await Promise.all([facilitator.synced, participant.synced, viewer.synced]);
    expect(server.app.gapboard.rooms.get(id)).toBeDefined();

    expect((await del(id, asFacilitator(facilitatorKey))).status).toBe(204);
    await waitFor(() => [facilitator, participant, viewer].every((p) => p.closes.includes(4404)), 'every peer to get 4404');
    expect(server.app.gapboard.rooms.get(id)).toBeUndefined();
    // 44xx tells a stock provider not to retry.
    for (const p of [facilitator, participant, viewer]) expect(p.provider.shouldConnect).toBe(false);
    expect(await server.app.gapboard.storage.getRecord(id)).toBeNull();
  });

  it('cannot be brought back by a client that still holds a copy of the board', async () => {
    server = await startTestServer({ ROOM_IDLE_MS: 60_000 });
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title: 'Sensitive' });
    const holder = peer(id);
    await holder.synced;
    const copy = Y.encodeStateAsUpdate(holder.doc);
    holder.provider.disconnect(); // offline, with its copy

    expect((await del(id, asFacilitator(facilitatorKey))).status).toBe(204);
    holder.doc.getMap('meta').set('title', 'edited offline');
    holder.provider.connect();
    await waitFor(() => holder.closes.includes(4404), 'the reconnect to be refused with 4404');

    // A fresh client that brings the whole copy along is refused too.
    const raw = await openRawSocket(`${server.yjsUrl}/${id}`);
    expect((await closeOf(raw)).code).toBe(4404);
    const another = peer(id);
    Y.applyUpdate(another.doc, copy);
    await waitFor(() => another.closes.includes(4404), 'a new client with the copy to get 4404');

    expect(await server.app.gapboard.storage.getRecord(id)).toBeNull();
    expect(await server.app.gapboard.storage.list()).not.toContain(id);
    expect(server.app.gapboard.rooms.get(id)).toBeUndefined();
  });

  it('tells the live meeting and disconnects its members; joining again finds no board', async () => {
    server = await startTestServer();
    const { id, facilitatorKey } = await server.createBoard({ format: 'gapboard/v1', title: 'Meeting' });
    const facilitator = await joinMeeting(server, sockets, id, 'Fay', facilitatorKey);
    const participant = await joinMeeting(server, sockets, id, 'Pat');
    expect(participant.ack).toMatchObject({ ok: true, role: 'participant' });
    const errors: unknown[] = [];
    participant.socket.on('error', (e: unknown) => errors.push(e));
    const disconnected = new Promise<string>((resolve) => participant.socket.once('disconnect', resolve));
    const facilitatorGone = new Promise<string>((resolve) => facilitator.socket.once('disconnect', resolve));

    expect((await del(id, asFacilitator(facilitatorKey))).status).toBe(204);
    expect(await disconnected).toBe('io server disconnect');
    expect(await facilitatorGone).toBe('io server disconnect');
    expect(errors).toEqual([{ code: 'board-deleted', event: 'join', message: 'this board was deleted by its facilitator' }]);

    const again = await joinMeeting(server, sockets, id, 'Pat');
    expect(again.ack).toMatchObject({ ok: false, error: { code: 'unknown-board' } });
  });

  it('is rate-limited like the other writes', async () => {
    server = await startTestServer({ CREATE_RATE_PER_MINUTE: 2 });
    const { id } = await server.createBoard({ format: 'gapboard/v1', title: 'Limited' });
    expect((await del(id, asFacilitator('wrong'))).status).toBe(403);
    expect((await del(id, asFacilitator('wrong'))).status).toBe(403);
    const limited = await del(id, asFacilitator('wrong'));
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: string }).error).toBe('rate-limited');
  });
});
