/** Counters of the live meeting, for `/api/metrics` and for tests. */
export interface MeetingMetricsSnapshot {
  /** Payloads that failed validation (including unknown events). */
  invalidPayloads: number;
  /** Events refused because of the sender's role. */
  forbidden: number;
  /** Events dropped by the per-connection rate limit. */
  rateLimited: number;
  /** Events sent before a successful `join`. */
  notJoined: number;
  /** Joins refused because the board's meeting had `maxParticipants` people. */
  meetingFull: number;
  /** Cursor moves dropped by the server-side cursor throttle (not errors). */
  cursorsThrottled: number;
  /** Connections open right now on this instance. */
  connections: number;
  /** Meeting rooms held in memory (with participants or idle). */
  rooms: number;
}

/** Mutable counters owned by one meeting plugin instance. */
export class MeetingMetrics {
  invalidPayloads = 0;
  forbidden = 0;
  rateLimited = 0;
  notJoined = 0;
  meetingFull = 0;
  cursorsThrottled = 0;
  connections = 0;

  /** A copy of the counters; `rooms` comes from the registry. */
  snapshot(rooms: number): MeetingMetricsSnapshot {
    return {
      invalidPayloads: this.invalidPayloads,
      forbidden: this.forbidden,
      rateLimited: this.rateLimited,
      notJoined: this.notJoined,
      meetingFull: this.meetingFull,
      cursorsThrottled: this.cursorsThrottled,
      connections: this.connections,
      rooms,
    };
  }
}
