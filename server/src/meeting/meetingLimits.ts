import type { BucketLimit } from './rateLimiter';

/** Limits of the live meeting; every field is optional in the plugin options. */
export interface MeetingLimits {
  /**
   * Largest socket.io message in bytes; a bigger one closes that connection.
   * @default 1_000_000 — an ink stroke of 4,000 numbers is well under 100 kB.
   */
  maxMessageBytes: number;
  /**
   * Cursor and ink events per connection.
   * @default 60/s, burst 120 — a 60 Hz pointer with headroom for a reconnect burst.
   */
  stream: BucketLimit;
  /**
   * Every other event per connection (join, commands).
   * @default 10/s, burst 20 — far above what a human facilitator clicks.
   */
  control: BucketLimit;
  /**
   * Minimum ms between two relayed cursor moves of one connection; faster ones are dropped.
   * @default 30 — about 33 updates a second is smooth enough and halves fan-out at 60 Hz.
   */
  cursorIntervalMs: number;
  /**
   * People in one board's meeting; a join beyond it is refused with `meeting-full` (the board
   * itself stays editable over Yjs).
   * @default 100 — the play is for 4–10 people; every join and leave sends the whole roster to
   * everyone present, so one client opening hundreds of connections to a board would otherwise
   * cost the server work growing with the cube of their number (400 cost 80,000 messages).
   */
  maxParticipants: number;
  /**
   * Empty meeting rooms kept in memory (step and timer survive a reload while held).
   * @default 1_000
   */
  maxIdleRooms: number;
}

/** The defaults documented on {@link MeetingLimits}. */
export const defaultMeetingLimits: MeetingLimits = {
  maxMessageBytes: 1_000_000,
  stream: { perSecond: 60, burst: 120 },
  control: { perSecond: 10, burst: 20 },
  cursorIntervalMs: 30,
  maxParticipants: 100,
  maxIdleRooms: 1_000,
};
