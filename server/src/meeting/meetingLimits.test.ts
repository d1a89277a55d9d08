import type { MeetingError, MeetingState, RemoteCursor } from '@gapboard/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { facilitatorAndParticipant, join, joined, nextEvent, otherBoard, record, roundTrip, startMeetingServer, testBoard, type MeetingTestServer } from './meetingTestServer.testHelper';

/** The meeting's refusals and limits: bad payloads, floods, oversized messages, full meetings. */

let server: MeetingTestServer;

beforeEach(async () => {
  server = await startMeetingServer();
});
afterEach(async () => {
  await server.close();
});

describe('bad input', () => {
  const cases: Array<{ name: string; event: string; args: unknown[]; field: string }> = [
    { name: 'join with a number as board id', event: 'join', args: [{ boardId: 42, name: 'A', color: '#000000' }], field: 'boardId' },
    { name: 'join without a name', event: 'join', args: [{ boardId: testBoard.id, color: '#000000' }], field: 'name' },
    { name: 'join with a bad colour', event: 'join', args: [{ boardId: testBoard.id, name: 'A', color: 'red' }], field: 'color' },
    { name: 'join with a string payload', event: 'join', args: ['hello'], field: '(root)' },
    { name: 'join with no payload', event: 'join', args: [], field: '(root)' },
    { name: 'cursor with a string x', event: 'cursor', args: [{ x: 'left', y: 1 }], field: 'x' },
    { name: 'cursor without y', event: 'cursor', args: [{ x: 1 }], field: 'y' },
    { name: 'cursor as an array', event: 'cursor', args: [[1, 2]], field: '(root)' },
    { name: 'ink with text points', event: 'ink', args: [{ strokeId: 's', points: [1, 'a'], color: '#000000' }], field: 'points[1]' },
    { name: 'timer-start without minutes', event: 'command', args: [{ type: 'timer-start' }], field: 'minutes' },
    { name: 'set-step with negative timer minutes', event: 'command', args: [{ type: 'set-step', step: 'plan', timerMinutes: -5 }], field: 'timerMinutes' },
    { name: 'an unknown command', event: 'command', args: [{ type: 'explode' }], field: 'type' },
    { name: 'a command that is a number', event: 'command', args: [7], field: '(root)' },
  ];

  it.each(cases)('$name gets an invalid-payload error naming $field', async ({ event, args, field }) => {
    const { fac, part, facId } = await facilitatorAndParticipant(server);
    const error = nextEvent<MeetingError>(fac, 'error');
    fac.emit(event, ...args);
    const received = await error;
    expect(received.code).toBe('invalid-payload');
    expect(received.event).toBe(event);
    expect(received.message.startsWith(`${field}:`) || received.message.includes(`; ${field}:`)).toBe(true);
    expect(server.app.meetingMetrics().invalidPayloads).toBe(1);

    // The server and this connection carry on.
    server.clock.advance(1_000);
    const relayed = nextEvent<RemoteCursor>(part, 'cursor');
    fac.emit('cursor', { x: 1, y: 2 });
    expect((await relayed).id).toBe(facId);
  });

  it('answers an invalid payload through the ack too when one is given', async () => {
    const socket = await server.connect();
    const ack = await socket.emitWithAck('join', { boardId: 'short', name: 'A', color: '#000000' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid-payload', event: 'join' } });
    expect(ack.error.message).toMatch(/^boardId:/);
  });

  it('turns a failing BoardAccess into a server-error for that client; the next join works', async () => {
    const socket = await server.connect();
    const realRoleFor = server.access.roleFor.bind(server.access);
    server.access.roleFor = async () => {
      throw new Error('storage unavailable');
    };
    const failed = await join(socket, 'Fran', { key: testBoard.key });
    expect(failed).toMatchObject({ ok: false, error: { code: 'server-error', event: 'join' } });
    server.access.roleFor = realRoleFor;
    expect(joined(await join(socket, 'Fran', { key: testBoard.key })).role).toBe('facilitator');
  });

  it('refuses events before join with not-joined', async () => {
    const socket = await server.connect();
    const error = nextEvent<MeetingError>(socket, 'error');
    socket.emit('command', { type: 'timer-start', minutes: 5 });
    expect(await error).toMatchObject({ code: 'not-joined', event: 'command' });
    expect(server.app.meetingMetrics().notJoined).toBe(1);
  });

  it('refuses unknown events as invalid payloads', async () => {
    const socket = await server.connect();
    const error = nextEvent<MeetingError>(socket, 'error');
    socket.emit('drop-tables', { all: true });
    expect(await error).toMatchObject({ code: 'invalid-payload', event: 'drop-tables' });
  });

  it('drops a flood beyond the rate limit, says so once, and serves the connection again after refill', async () => {
    const { fac, part } = await facilitatorAndParticipant(server);
    const errors = record<MeetingError>(fac, 'error');
    // The test clock stands still, so the bucket (burst 120) does not refill during the flood.
    for (let i = 0; i < 500; i += 1) fac.emit('ink', { strokeId: 'flood', points: [i, i], color: '#000000' });
    await roundTrip(fac); // a command: the control bucket is untouched by the ink flood
    expect(server.app.meetingMetrics().rateLimited).toBe(500 - 120);
    expect(errors.filter((e) => e.code === 'rate-limited')).toHaveLength(1);

    server.clock.advance(2_000);
    const relayed = nextEvent<RemoteCursor>(part, 'cursor');
    fac.emit('cursor', { x: 5, y: 5 });
    expect((await relayed).x).toBe(5);
  });
});

describe('message size limit', () => {
  it('closes only the connection that sent an oversized message; the meeting carries on', async () => {
    await server.close();
    server = await startMeetingServer({ limits: { maxMessageBytes: 10_000 } });
    const { fac, part } = await facilitatorAndParticipant(server);
    const third = await server.connect();
    const thirdId = joined(await join(third, 'Tom')).self;

    const closed = new Promise<string>((resolve) => part.once('disconnect', resolve));
    const rosterAfter = nextEvent<MeetingState>(fac, 'meeting', (s) => s.roster.length === 2);
    const points = Array.from({ length: 4_000 }, (_, i) => i + 0.123456789);
    part.emit('ink', { strokeId: 'big', points, color: '#000000' });
    expect(await closed).toBe('transport close');
    expect((await rosterAfter).roster.map((p) => p.name)).toEqual(['Fran', 'Tom']);

    const relayed = nextEvent<RemoteCursor>(fac, 'cursor');
    third.emit('cursor', { x: 1, y: 1 });
    expect((await relayed).id).toBe(thirdId);
  });
});

describe('meeting size limit', () => {
  it('refuses a join beyond maxParticipants with meeting-full, lets members re-join, and admits again once someone left', async () => {
    await server.close();
    server = await startMeetingServer({ limits: { maxParticipants: 3 } });
    const { fac, part } = await facilitatorAndParticipant(server);
    const third = await server.connect();
    joined(await join(third, 'Tom'));

    const fourth = await server.connect();
    const errors = record<MeetingError>(fourth, 'error');
    const refused = await join(fourth, 'Zoe');
    const full = {
      code: 'meeting-full',
      event: 'join',
      message: "this board's meeting is full (3 people); the board itself can still be edited",
    };
    expect(refused).toEqual({ ok: false, error: full });
    await roundTrip(fourth);
    expect(errors.filter((e) => e.code === 'meeting-full')).toEqual([full]);
    expect(server.app.meetingMetrics().meetingFull).toBe(1);

    // A member's re-join (a reconnect under the same socket, a new name) is not a newcomer.
    expect(joined(await join(part, 'Pat again')).state.roster).toHaveLength(3);
    // Another board has room of its own.
    joined(await join(fourth, 'Zoe', { boardId: otherBoard.id }));

    const rosterAfter = nextEvent<MeetingState>(fac, 'meeting', (s) => s.roster.length === 2);
    third.disconnect();
    await rosterAfter;
    expect(joined(await join(fourth, 'Zoe')).state.roster.map((p) => p.name)).toEqual(['Fran', 'Pat again', 'Zoe']);
  });

  it('allows 100 people by default', async () => {
    const { defaultMeetingLimits } = await import('./meetingLimits');
    expect(defaultMeetingLimits.maxParticipants).toBe(100);
  });
});
