import type { Redis } from 'ioredis';

/**
 * Closes connections politely (QUIT) but waits at most `timeoutMs` for Redis to answer: during a
 * partition QUIT would never be answered and a graceful shutdown would hang. Then drops them.
 */
export async function quitRedis(connections: readonly Redis[], timeoutMs = 1000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([Promise.allSettled(connections.map((c) => c.quit())), timeout]);
  clearTimeout(timer);
  for (const connection of connections) connection.disconnect();
}

/** A connection the watchdog looks after, by the name its log lines use. */
export interface WatchedRedis {
  role: string;
  redis: Redis;
}

export interface RedisLivenessOptions {
  /** How often each connection is checked (ms). A stall is noticed within about two of these. */
  intervalMs: number;
  log: { warn(obj: object, msg?: string): void };
  /** Called once per connection found stalled (for the metrics). */
  onStall?: (role: string) => void;
}

/**
 * Redis connections that stop answering without being closed (a network partition, a frozen
 * server) look healthy to ioredis for as long as TCP keeps the socket, which can be hours:
 * publishes pile up unanswered and the instance never resynchronises. Every `intervalMs` each
 * ready connection is pinged; one that has not answered its previous ping, or that has sat
 * half-connected (socket open, ready check unanswered) since the last check, is dropped and
 * reconnected by ioredis, which then fails its queued commands after its retries and, once
 * Redis answers again, resubscribes (the fan-out resynchronises on that 'ready').
 * Returns a function that stops the watchdog.
 */
export function watchRedisLiveness(connections: readonly WatchedRedis[], options: RedisLivenessOptions): () => void {
  // `ping` numbers the pings: the answer (or failure) of a ping sent before a reconnect must not
  // clear the one sent after it.
  const state = connections.map(() => ({ pingOutstanding: false, ping: 0, halfConnectedChecks: 0 }));
  const check = () => {
    connections.forEach(({ role, redis }, i) => {
      const s = state[i]!;
      const stalled = redis.status === 'ready' ? s.pingOutstanding : redis.status === 'connect' && ++s.halfConnectedChecks >= 2;
      if (redis.status !== 'connect') s.halfConnectedChecks = 0;
      if (stalled) {
        s.pingOutstanding = false;
        s.ping++;
        s.halfConnectedChecks = 0;
        options.log.warn({ role, status: redis.status }, 'redis connection stopped answering; reconnecting');
        options.onStall?.(role);
        redis.disconnect(true);
        return;
      }
      if (redis.status !== 'ready' || s.pingOutstanding) return;
      s.pingOutstanding = true;
      const ping = ++s.ping;
      const answered = () => {
        if (s.ping === ping) s.pingOutstanding = false;
      };
      redis.ping().then(answered, answered);
    });
  };
  const timer = setInterval(check, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
