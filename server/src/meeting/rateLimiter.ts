/**
 * Per-connection event rate limits. Each socket.io connection gets two token buckets: a
 * generous one for the high-frequency stream (cursor, ink) and a strict one for everything
 * else (join, commands, unknown events), so a cursor flood cannot starve commands and a
 * command flood cannot hammer BoardAccess.
 */

/** A bucket's refill rate and size. */
export interface BucketLimit {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: how many events may arrive at once after a quiet spell. */
  burst: number;
}

/** Classic token bucket on an injected clock (ms). */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly limit: BucketLimit,
    private readonly now: () => number,
  ) {
    this.tokens = limit.burst;
    this.updatedAt = now();
  }

  /** Takes one token; false when the bucket is empty (the event should be dropped). */
  take(): boolean {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.updatedAt = now;
    this.tokens = Math.min(this.limit.burst, this.tokens + (elapsed * this.limit.perSecond) / 1000);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Outcome of one event: allowed, dropped quietly, or dropped and worth telling the client. */
export type RateDecision = 'allow' | 'drop' | 'drop-and-notify';

/** Events that ride the high-frequency bucket. */
const streamEvents = new Set(['cursor', 'ink']);

/** How often (ms) a dropping connection is told so: one `error` per second, not one per event. */
const notifyEveryMs = 1_000;

/** The two buckets of one connection. */
export class RateLimiter {
  private readonly stream: TokenBucket;
  private readonly control: TokenBucket;
  private readonly lastNotified = { stream: -Infinity, control: -Infinity };

  constructor(
    limits: { stream: BucketLimit; control: BucketLimit },
    private readonly now: () => number,
  ) {
    this.stream = new TokenBucket(limits.stream, now);
    this.control = new TokenBucket(limits.control, now);
  }

  /** Decides whether an incoming `event` may be handled. */
  check(event: string): RateDecision {
    const kind = streamEvents.has(event) ? 'stream' : 'control';
    if (this[kind].take()) return 'allow';
    const now = this.now();
    if (now - this.lastNotified[kind] < notifyEveryMs) return 'drop';
    this.lastNotified[kind] = now;
    return 'drop-and-notify';
  }
}
