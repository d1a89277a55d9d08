import { choosePresenceColor, type FacilitatorCommand, type LedViewport, type MeetingState, type Participant, type PlayStep, type TimerState } from '@gapboard/shared';
import { extendTimer, idleTimer, pauseTimer, readyTimer, resumeTimer, startTimer } from './meetingTimer';

/**
 * The shared state of one board's live meeting, as plain data. Every operation is a pure
 * function returning a new room, with the clock passed in, so the same logic can later run
 * against state kept in Redis for several server instances.
 */
export interface MeetingRoom {
  readonly step: PlayStep;
  readonly timer: TimerState;
  readonly followMe: boolean;
  /** The facilitator's view for follow-me, with their canvas size when their client sends it. */
  readonly viewport: Readonly<LedViewport> | null;
  readonly locked: boolean;
  readonly roster: readonly Participant[];
}

/** Facilitator commands that only change meeting state (lock and read links go to BoardAccess). */
export type RoomCommand = Exclude<FacilitatorCommand, { type: 'lock' } | { type: 'mint-read-link' }>;

/** A fresh meeting: preparation step, no timer, nobody present. */
export function createMeetingRoom(locked = false): MeetingRoom {
  return { step: 'prep', timer: idleTimer, followMe: false, viewport: null, locked, roster: [] };
}

/** Applies a facilitator command at server time `now`. */
export function applyRoomCommand(room: MeetingRoom, command: RoomCommand, now: number): MeetingRoom {
  switch (command.type) {
    case 'set-step':
      // Without `timerMinutes` (older clients, other tools) the timer is left alone, as before.
      return command.timerMinutes === undefined
        ? { ...room, step: command.step }
        : { ...room, step: command.step, timer: readyTimer(command.timerMinutes) };
    case 'timer-start':
      return { ...room, timer: startTimer(command.minutes, now) };
    case 'timer-pause':
      return { ...room, timer: pauseTimer(room.timer, now) };
    case 'timer-resume':
      return { ...room, timer: resumeTimer(room.timer, now) };
    case 'timer-extend':
      return { ...room, timer: extendTimer(room.timer, command.minutes, now) };
    case 'follow-me':
      return { ...room, followMe: command.on };
    case 'viewport': {
      const { x, y, scale, width, height } = command;
      return { ...room, viewport: width !== undefined && height !== undefined ? { x, y, scale, width, height } : { x, y, scale } };
    }
  }
}

/** Adds a participant, replacing any earlier entry with the same id (a re-join). */
export function addParticipant(room: MeetingRoom, participant: Participant): MeetingRoom {
  return { ...room, roster: [...room.roster.filter((p) => p.id !== participant.id), participant] };
}

/**
 * Adds someone joining, in a colour of their own (see choosePresenceColor): the one they asked
 * for when it is free, else the one least used by the others present. Read the colour given from
 * the returned roster. Nobody else's colour changes.
 */
export function joinParticipant(room: MeetingRoom, participant: Participant): MeetingRoom {
  const others = room.roster.filter((p) => p.id !== participant.id).map((p) => p.color);
  return addParticipant(room, { ...participant, color: choosePresenceColor(participant.color, others) });
}

/** Removes a participant; unknown ids leave the room unchanged. */
export function removeParticipant(room: MeetingRoom, id: string): MeetingRoom {
  if (!room.roster.some((p) => p.id === id)) return room;
  return { ...room, roster: room.roster.filter((p) => p.id !== id) };
}

/** Mirrors the board's lock flag (the source of truth is BoardAccess). */
export function setRoomLocked(room: MeetingRoom, locked: boolean): MeetingRoom {
  return room.locked === locked ? room : { ...room, locked };
}

/** The wire form sent to clients, stamped with the server clock for timer skew correction. */
export function toMeetingState(room: MeetingRoom, now: number): MeetingState {
  return {
    step: room.step,
    timer: { ...room.timer },
    followMe: room.followMe,
    viewport: room.viewport ? { ...room.viewport } : null,
    locked: room.locked,
    roster: room.roster.map((p) => ({ ...p })),
    serverNow: now,
  };
}
