import type { MeetingError, MeetingState, ReadLink, RemoteCursor, RemoteEditing, RemoteInk } from '@gapboard/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { facilitatorAndParticipant, join, joined, nextEvent, otherBoard, record, roundTrip, startMeetingServer, testBoard, type MeetingTestServer } from './meetingTestServer.testHelper';

let server: MeetingTestServer;

beforeEach(async () => {
  server = await startMeetingServer();
});
afterEach(async () => {
  await server.close();
});

describe('join and roster', () => {
  it('gives the facilitator key holder the facilitator role and everyone the roster with roles', async () => {
    const fac = await server.connect();
    const ack = joined(await join(fac, 'Fran', { key: testBoard.key }));
    expect(ack.role).toBe('facilitator');
    expect(ack.state.roster).toEqual([{ id: ack.self, name: 'Fran', color: '#1f77b4', role: 'facilitator' }]);
    expect(ack.state.step).toBe('prep');

    const part = await server.connect();
    const rosterSeen = nextEvent<MeetingState>(fac, 'meeting', (s) => s.roster.length === 2);
    const partAck = joined(await join(part, 'Pat', { key: 'wrong-key' }));
    expect(partAck.role).toBe('participant');
    const state = await rosterSeen;
    expect(state.roster.map((p) => [p.name, p.role])).toEqual([
      ['Fran', 'facilitator'],
      ['Pat', 'participant'],
    ]);
    expect(state.serverNow).toBe(server.clock.value);
  });

  it('gives people who ask for the same colour different ones, and shows the given colour with their cursor', async () => {
    const [blue, orange, green] = ['#1f77b4', '#ff7f0e', '#2ca02c'];
    const { fac, part, facId, partId } = await facilitatorAndParticipant(server);
    const third = await server.connect();
    const ack = joined(await join(third, 'Tia'));
    expect(ack.state.roster.map((p) => [p.id, p.color])).toEqual([
      [facId, blue],
      [partId, orange],
      [ack.self, green],
    ]);
    const relayed = nextEvent<RemoteCursor>(fac, 'cursor');
    part.emit('cursor', { x: 1, y: 2 });
    expect((await relayed).color).toBe(orange);
  });

  it('rejects an unknown board with unknown-board, by ack and error event', async () => {
    const socket = await server.connect();
    const error = nextEvent<MeetingError>(socket, 'error');
    const ack = await join(socket, 'Lost', { boardId: 'board_zzzzzzzzzzzzzzzzzzzzzz' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'unknown-board', event: 'join' } });
    expect((await error).code).toBe('unknown-board');
  });

  it('removes a disconnected participant from the roster and tells the others to drop its cursor', async () => {
    const { fac, part, partId } = await facilitatorAndParticipant(server);
    const rosterAfter = nextEvent<MeetingState>(fac, 'meeting', (s) => s.roster.length === 1);
    const leave = nextEvent<{ id: string }>(fac, 'cursor-leave');
    part.disconnect();
    expect((await leave).id).toBe(partId);
    expect((await rosterAfter).roster.map((p) => p.name)).toEqual(['Fran']);
  });

  it('keeps step and timer in memory after everyone left, and releases the lock subscription', async () => {
    const fac = await server.connect();
    joined(await join(fac, 'Fran', { key: testBoard.key }));
    await fac.emitWithAck('command', { type: 'set-step', step: 'mind-the-gap' });
    expect(server.access.listenerCount(testBoard.id)).toBe(1);
    fac.disconnect();
    const again = await server.connect();
    const rejoin = joined(await join(again, 'Fran', { key: testBoard.key }));
    expect(rejoin.state.step).toBe('mind-the-gap');
    expect(rejoin.state.roster).toHaveLength(1);
    again.disconnect();
    await expect.poll(() => server.access.listenerCount(testBoard.id)).toBe(0);
  });

  it('moves a socket that joins another board out of the first one', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    const rosterAfter = nextEvent<MeetingState>(fac, 'meeting', (s) => s.roster.length === 1);
    const other = joined(await join(part, 'Pat', { boardId: otherBoard.id }));
    expect(other.state.roster.map((p) => p.name)).toEqual(['Pat']);
    expect((await rosterAfter).roster.map((p) => p.name)).toEqual(['Fran']);
  });
});

describe('facilitator commands', () => {
  it('refuses the timer to a participant: forbidden, counted, state unchanged', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    await roundTrip(fac); // the roster update of Pat's join has arrived
    const facMeetings = record<MeetingState>(fac, 'meeting');
    const error = nextEvent<MeetingError>(part, 'error');
    const ack = await part.emitWithAck('command', { type: 'timer-start', minutes: 10 });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden', event: 'command' } });
    expect((await error).code).toBe('forbidden');
    expect(server.app.meetingMetrics().forbidden).toBe(1);
    await roundTrip(fac);
    expect(facMeetings).toEqual([]);
    const rejoin = joined(await join(part, 'Pat'));
    expect(rejoin.state.timer).toEqual({ endsAt: null, remainingMs: 0, running: false });
  });

  it('runs the timer on server time and shows every change to everyone', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    const clock = server.clock;
    const start = clock.value;

    let seen = nextEvent<MeetingState>(part, 'meeting');
    await fac.emitWithAck('command', { type: 'timer-start', minutes: 10 });
    expect((await seen).timer).toEqual({ endsAt: start + 600_000, remainingMs: 600_000, running: true });

    clock.advance(60_000);
    seen = nextEvent<MeetingState>(part, 'meeting');
    await fac.emitWithAck('command', { type: 'timer-pause' });
    expect((await seen).timer).toEqual({ endsAt: null, remainingMs: 540_000, running: false });

    seen = nextEvent<MeetingState>(part, 'meeting');
    const facSeen = nextEvent<MeetingState>(fac, 'meeting');
    await fac.emitWithAck('command', { type: 'timer-extend', minutes: 5 });
    expect((await seen).timer).toEqual({ endsAt: null, remainingMs: 840_000, running: false });
    expect((await facSeen).timer.remainingMs).toBe(840_000);

    clock.advance(1_000);
    seen = nextEvent<MeetingState>(part, 'meeting');
    await fac.emitWithAck('command', { type: 'timer-resume' });
    expect((await seen).timer).toEqual({ endsAt: clock.value + 840_000, remainingMs: 840_000, running: true });
  });

  it("moves to a step and sets the timer to that step's minutes in one broadcast", async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    await fac.emitWithAck('command', { type: 'timer-start', minutes: 10 });
    server.clock.advance(21_000);
    await roundTrip(part);
    const seen = record<MeetingState>(part, 'meeting');
    expect(await fac.emitWithAck('command', { type: 'set-step', step: 'assessment', timerMinutes: 15 })).toEqual({ ok: true });
    await roundTrip(part);
    expect(seen.map((s) => ({ step: s.step, timer: s.timer }))).toEqual([
      { step: 'assessment', timer: { endsAt: null, remainingMs: 900_000, running: false } },
    ]);
  });

  it('broadcasts step, follow-me and viewport', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    await fac.emitWithAck('command', { type: 'set-step', step: 'root-causes' });
    await fac.emitWithAck('command', { type: 'follow-me', on: true });
    const seen = nextEvent<MeetingState>(part, 'meeting', (s) => s.viewport !== null);
    await fac.emitWithAck('command', { type: 'viewport', x: 10, y: -20, scale: 1.5 });
    expect(await seen).toMatchObject({ step: 'root-causes', followMe: true, viewport: { x: 10, y: -20, scale: 1.5 } });
  });

  it("relays the facilitator's canvas size with the viewport, and still takes a viewport without one (older clients)", async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    await fac.emitWithAck('command', { type: 'follow-me', on: true });
    let seen = nextEvent<MeetingState>(part, 'meeting', (s) => s.viewport?.width !== undefined);
    expect(await fac.emitWithAck('command', { type: 'viewport', x: 10, y: -20, scale: 1.5, width: 1000, height: 640 })).toEqual({ ok: true });
    expect((await seen).viewport).toEqual({ x: 10, y: -20, scale: 1.5, width: 1000, height: 640 });

    seen = nextEvent<MeetingState>(part, 'meeting', (s) => s.viewport?.x === 5);
    expect(await fac.emitWithAck('command', { type: 'viewport', x: 5, y: 6, scale: 1 })).toEqual({ ok: true });
    // The old size does not stick to a view sent without one.
    expect((await seen).viewport).toEqual({ x: 5, y: 6, scale: 1 });
    // A newcomer gets the led view with the state.
    const late = await server.connect();
    expect(joined(await join(late, 'Lee')).state.viewport).toEqual({ x: 5, y: 6, scale: 1 });
  });

  it.each([
    { payload: { width: 1000 }, field: 'height' },
    { payload: { width: 0, height: 600 }, field: 'width' },
    { payload: { width: 1000, height: -1 }, field: 'height' },
    { payload: { width: 'wide', height: 600 }, field: 'width' },
    { payload: { width: 1e9, height: 600 }, field: 'width' },
  ])('refuses a viewport with a bad canvas size ($payload), naming the field', async ({ payload, field }) => {
    const { fac, part } = await facilitatorAndParticipant(server);
    const states = record<MeetingState>(part, 'meeting');
    const ack = await fac.emitWithAck('command', { type: 'viewport', x: 1, y: 2, scale: 1, ...payload });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid-payload', event: 'command' } });
    expect((ack as { error: MeetingError }).error.message.startsWith(`${field}:`)).toBe(true);
    await roundTrip(part);
    expect(states.filter((s) => s.viewport !== null)).toEqual([]);
  });

  it('locks through BoardAccess and mirrors lock changes made elsewhere', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    let seen = nextEvent<MeetingState>(part, 'meeting', (s) => s.locked);
    expect(await fac.emitWithAck('command', { type: 'lock', locked: true })).toEqual({ ok: true });
    await seen;
    expect(server.access.setLockedCalls).toEqual([{ boardId: testBoard.id, locked: true }]);
    expect(server.access.isLocked(testBoard.id)).toBe(true);

    seen = nextEvent<MeetingState>(part, 'meeting', (s) => !s.locked);
    await server.access.setLocked(testBoard.id, false);
    expect((await seen).locked).toBe(false);
  });

  it('answers mint-read-link to the facilitator only, and the token then joins as a viewer', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    const partLinks = record<ReadLink>(part, 'read-link');
    const link = nextEvent<ReadLink>(fac, 'read-link');
    await fac.emitWithAck('command', { type: 'mint-read-link' });
    const { token, path } = await link;
    expect(path).toBe(`/v/${token}`);
    expect(path).not.toContain(testBoard.id);

    const refused = await part.emitWithAck('command', { type: 'mint-read-link' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await roundTrip(part);
    expect(partLinks).toEqual([]);

    const viewer = await server.connect();
    expect(joined(await join(viewer, 'Vic', { readToken: token })).role).toBe('viewer');
    // The token alone, in place of the board id, joins the same meeting as a viewer.
    const byToken = await server.connect();
    const ack = joined(await join(byToken, 'Tom', { boardId: token }));
    expect(ack.role).toBe('viewer');
    expect(ack.state.roster.map((p) => p.name)).toContain('Fran');
    expect(JSON.stringify(ack)).not.toContain(testBoard.id);
  });
});

describe('cursors and ink', () => {
  it('relays cursors to the others with who it is, never back to the sender', async () => {
    const { fac, part, facId } = await facilitatorAndParticipant(server);
    const own = record<RemoteCursor>(fac, 'cursor');
    const relayed = nextEvent<RemoteCursor>(part, 'cursor');
    fac.emit('cursor', { x: 12.5, y: -3 });
    expect(await relayed).toEqual({ id: facId, x: 12.5, y: -3, name: 'Fran', color: '#1f77b4' });
    await roundTrip(fac);
    expect(own).toEqual([]);
  });

  it('throttles cursor moves closer than 30 ms on the server clock', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    const seen = record<RemoteCursor>(part, 'cursor');
    fac.emit('cursor', { x: 1, y: 1 });
    fac.emit('cursor', { x: 2, y: 2 }); // same server ms: dropped
    await roundTrip(fac);
    server.clock.advance(30);
    fac.emit('cursor', { x: 3, y: 3 });
    await nextEvent<RemoteCursor>(part, 'cursor', (c) => c.x === 3);
    expect(seen.map((c) => c.x)).toEqual([1, 3]);
    expect(server.app.meetingMetrics().cursorsThrottled).toBe(1);
  });

  it('relays ink strokes from facilitator and participants, refuses viewers', async () => {
    const { fac, part, partId } = await facilitatorAndParticipant(server);
    const stroke = { strokeId: 's1', points: [0, 0, 10, 10], color: '#d62728' };
    const relayed = nextEvent<RemoteInk>(fac, 'ink');
    part.emit('ink', stroke);
    expect(await relayed).toEqual({ ...stroke, done: false, id: partId });

    const token = await server.access.mintReadToken(testBoard.id);
    const viewer = await server.connect();
    joined(await join(viewer, 'Vic', { readToken: token }));
    const facInk = record<RemoteInk>(fac, 'ink');
    const error = nextEvent<MeetingError>(viewer, 'error');
    viewer.emit('ink', stroke);
    expect(await error).toMatchObject({ code: 'forbidden', event: 'ink' });
    await roundTrip(viewer);
    await roundTrip(fac);
    expect(facInk).toEqual([]);
  });
});

describe('who is editing what', () => {
  const sticky = { collection: 'stickies', id: 's_1h8mq3zt9k2vxa', field: 'text' };

  it('relays what a participant edits, and when they stop, to the others with who it is', async () => {
    const { fac, part, partId } = await facilitatorAndParticipant(server);
    const own = record<RemoteEditing>(part, 'editing');
    const started = nextEvent<RemoteEditing>(fac, 'editing');
    part.emit('editing', { target: sticky });
    // Pat asked for Fran's colour (see facilitatorAndParticipant): given the next free one.
    expect(await started).toEqual({ id: partId, name: 'Pat', color: '#ff7f0e', target: sticky });
    const stopped = nextEvent<RemoteEditing>(fac, 'editing');
    part.emit('editing', { target: null });
    expect(await stopped).toEqual({ id: partId, name: 'Pat', color: '#ff7f0e', target: null });
    await roundTrip(part);
    expect(own).toEqual([]);
  });

  it('refuses viewers, and targets that are not a field of the board', async () => {
    const { fac } = await facilitatorAndParticipant(server);
    const token = await server.access.mintReadToken(testBoard.id);
    const viewer = await server.connect();
    joined(await join(viewer, 'Vic', { readToken: token }));
    const relayed = record<RemoteEditing>(fac, 'editing');
    expect(await viewer.emitWithAck('editing', { target: sticky })).toMatchObject({ ok: false, error: { code: 'forbidden', event: 'editing' } });

    const bad = [
      [{ target: { ...sticky, collection: 'users' } }, 'target.collection'],
      [{ target: { ...sticky, id: '' } }, 'target.id'],
      [{ target: { ...sticky, field: '__proto__.x' } }, 'target.field'],
      [{ target: { ...sticky, id: 'x'.repeat(65) } }, 'target.id'],
      [{}, 'target'],
      ['text', '(root)'],
    ] as const;
    for (const [payload, field] of bad) {
      const ack = (await fac.emitWithAck('editing', payload)) as { ok: boolean; error: MeetingError };
      expect(ack).toMatchObject({ ok: false, error: { code: 'invalid-payload', event: 'editing' } });
      expect(ack.error.message.startsWith(`${field}:`)).toBe(true);
    }
    expect(server.app.meetingMetrics().invalidPayloads).toBe(bad.length);
    await roundTrip(fac);
    expect(relayed).toEqual([]);
  });

  it('refuses editing before join with not-joined', async () => {
    const socket = await server.connect();
    expect(await socket.emitWithAck('editing', { target: sticky })).toMatchObject({ ok: false, error: { code: 'not-joined', event: 'editing' } });
  });
});

describe('plugin lifecycle', () => {
  it('hands the socket.io server to the adapter hook before clients connect', async () => {
    await server.close();
    const seen: unknown[] = [];
    server = await startMeetingServer({ adapter: (io) => seen.push(io) });
    expect(seen).toEqual([server.app.io]);
    expect(server.app.io.path()).toBe('/socket.io');
  });

  it('closes client transports when Fastify closes (so clients reconnect by themselves), without hanging', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    const reasons = Promise.all([fac, part].map((s) => new Promise<string>((resolve) => s.once('disconnect', resolve))));
    await server.app.close();
    expect(await reasons).toEqual(['transport close', 'transport close']);
    expect(server.app.meetingMetrics().connections).toBe(0);
  });
});
