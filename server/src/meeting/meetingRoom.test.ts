import { describe, expect, it } from 'vitest';
import { PRESENCE_COLORS } from '@gapboard/shared';
import { addParticipant, applyRoomCommand, createMeetingRoom, joinParticipant, removeParticipant, setRoomLocked, toMeetingState } from './meetingRoom';

const fran = { id: 'a', name: 'Fran', color: '#111111', role: 'facilitator' as const };
const pat = { id: 'b', name: 'Pat', color: '#222222', role: 'participant' as const };

describe('meetingRoom', () => {
  it('starts at the prep step with an idle timer and nobody present', () => {
    expect(toMeetingState(createMeetingRoom(true), 5)).toEqual({
      step: 'prep',
      timer: { endsAt: null, remainingMs: 0, running: false },
      followMe: false,
      viewport: null,
      locked: true,
      roster: [],
      serverNow: 5,
    });
  });

  it('applies step, timer, follow-me and viewport commands without mutating the input', () => {
    const room = createMeetingRoom();
    const stepped = applyRoomCommand(room, { type: 'set-step', step: 'plan' }, 0);
    const timed = applyRoomCommand(stepped, { type: 'timer-start', minutes: 2 }, 100);
    const following = applyRoomCommand(timed, { type: 'follow-me', on: true }, 100);
    const viewed = applyRoomCommand(following, { type: 'viewport', x: 1, y: 2, scale: 3 }, 100);
    expect(viewed).toMatchObject({ step: 'plan', timer: { endsAt: 120_100, running: true }, followMe: true, viewport: { x: 1, y: 2, scale: 3 } });
    expect(room.step).toBe('prep');
    expect(room.timer.running).toBe(false);
  });

  it("stops the timer and sets it to the new step's minutes only when the step change carries them", () => {
    const running = applyRoomCommand(createMeetingRoom(), { type: 'timer-start', minutes: 10 }, 0);
    const stepped = applyRoomCommand(running, { type: 'set-step', step: 'assessment', timerMinutes: 15 }, 60_000);
    expect(stepped).toMatchObject({ step: 'assessment', timer: { endsAt: null, remainingMs: 900_000, running: false } });
    expect(running.timer.running).toBe(true);
    // Without timerMinutes (older clients, other tools) the timer is left alone, as before.
    expect(applyRoomCommand(running, { type: 'set-step', step: 'assessment' }, 60_000).timer).toBe(running.timer);
  });

  it('keeps one roster entry per id and removes by id', () => {
    let room = addParticipant(addParticipant(createMeetingRoom(), fran), pat);
    room = addParticipant(room, { ...pat, name: 'Patricia' });
    expect(room.roster.map((p) => p.name)).toEqual(['Fran', 'Patricia']);
    expect(removeParticipant(room, 'a').roster.map((p) => p.id)).toEqual(['b']);
    expect(removeParticipant(room, 'nobody')).toBe(room);
  });

  it('gives someone joining a colour nobody present has, and changes nobody else\'s', () => {
    const [blue, orange, green] = PRESENCE_COLORS;
    let room = joinParticipant(createMeetingRoom(), { ...fran, color: blue });
    room = joinParticipant(room, { ...pat, color: blue });
    room = joinParticipant(room, { id: 'c', name: 'Cy', color: orange, role: 'participant' });
    expect(room.roster.map((p) => [p.name, p.color])).toEqual([
      ['Fran', blue],
      ['Pat', orange],
      ['Cy', green],
    ]);
    // Pat leaves and Cy's device joins again (a reload): the colours still present are kept.
    room = joinParticipant(removeParticipant(room, 'b'), { id: 'c', name: 'Cy', color: green, role: 'participant' });
    expect(room.roster.map((p) => [p.name, p.color])).toEqual([
      ['Fran', blue],
      ['Cy', green],
    ]);
  });

  it('changes the lock flag only when it differs', () => {
    const room = createMeetingRoom(false);
    expect(setRoomLocked(room, false)).toBe(room);
    expect(setRoomLocked(room, true).locked).toBe(true);
  });

  it('hands out copies, so a caller cannot change the stored room', () => {
    const room = addParticipant(createMeetingRoom(), fran);
    const state = toMeetingState(room, 0);
    state.roster[0]!.name = 'Mallory';
    state.timer.running = true;
    expect(room.roster[0]!.name).toBe('Fran');
    expect(room.timer.running).toBe(false);
  });
});
