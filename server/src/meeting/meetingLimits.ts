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
  maxIdleRooms: 1_000,
};
