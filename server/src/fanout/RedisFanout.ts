import { Redis } from 'ioredis';
import { nanoid } from 'nanoid';
import type { BoardFanout, FanoutChannel, FanoutKind, FanoutListener } from './BoardFanout';
import { decodeFanoutMessage, encodeFanoutMessage } from './fanoutMessage';
import { quitRedis, watchRedisLiveness } from './redisLiveness';

/** The logger methods the fan-out uses. */
export interface FanoutLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** Options of {@link RedisFanout}. */
export interface RedisFanoutOptions {
  /** `redis://host:port` */
  url: string;
  /** Prefix of every channel name. @default 'gapboard:' — tests use one prefix each. */
  prefix?: string;
  /** @default a random id */
  instanceId?: string;
  log: FanoutLogger;
  /**
   * @default 5000 — how often the connections are pinged (ms); one that stopped answering is
   * reconnected (see watchRedisLiveness). 0: never.
   */
  livenessIntervalMs?: number;
}

/** Counters for `/api/metrics`. */
export interface FanoutCounters {
  published: number;
  received: number;
  malformed: number;
  reconnects: number;
  /** Connections found answering nothing any more (partition) and reconnected. */
  stalls: number;
}

/**
 * Board fan-out over Redis pub/sub: one channel per board (`<prefix>board:<id>`), one
 * publishing and one subscribed connection per instance. Messages carry the publisher's
 * instance id; an instance drops its own and those addressed to another instance.
 *
 * Connection loss: ioredis reconnects with backoff and resubscribes; once a connection is
 * back (and the channels are subscribed again) every joined board's listener gets
 * `onReconnect` to resynchronise, since pub/sub does not replay what was missed. Publishing
 * never throws: while Redis is down, messages wait in ioredis' offline queue or are dropped,
 * and the resync repairs the gap. Local clients keep working meanwhile. A connection that stops
 * answering without closing (a partition) is found by a periodic ping and reconnected.
 */
export class RedisFanout implements BoardFanout {
  readonly instanceId: string;
  readonly counters: FanoutCounters = { published: 0, received: 0, malformed: 0, reconnects: 0, stalls: 0 };
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly prefix: string;
  /** Joined boards: channel name → listeners. */
  private readonly listeners = new Map<string, Set<FanoutListener>>();
  private closed = false;
  private readonly stopWatching: () => void;

  constructor(private readonly options: RedisFanoutOptions) {
    this.instanceId = options.instanceId ?? nanoid(12);
    this.prefix = options.prefix ?? 'gapboard:';
    const connection = { maxRetriesPerRequest: 3, retryStrategy: (attempt: number) => Math.min(50 * attempt, 1000) };
    this.pub = new Redis(options.url, { ...connection, connectionName: `gapboard-pub-${this.instanceId}` });
    this.sub = new Redis(options.url, { ...connection, connectionName: `gapboard-sub-${this.instanceId}` });
    for (const [role, redis] of [['publisher', this.pub], ['subscriber', this.sub]] as const) {
      // Errors are expected while Redis is away; ioredis keeps retrying. Log, never crash.
      redis.on('error', (error: Error) => options.log.warn({ err: error.message, role }, 'redis fan-out connection error'));
      // Every 'ready', the first included: boards opened while Redis was still unreachable at
      // start-up had their subscribe and sync request fail, and need them now like after a loss.
      let wasReady = false;
      redis.on('ready', () => {
        if (wasReady) this.counters.reconnects++;
        wasReady = true;
        void this.reconnected(role);
      });
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.deliver(channel.toString(), message));
    const interval = options.livenessIntervalMs ?? 5000;
    this.stopWatching =
      interval > 0
        ? watchRedisLiveness(
            [
              { role: 'publisher', redis: this.pub },
              { role: 'subscriber', redis: this.sub },
            ],
            { intervalMs: interval, log: options.log, onStall: () => this.counters.stalls++ },
          )
        : () => {};
  }

  /** Resolves once both connections are up (start-up check). */
  async whenReady(): Promise<void> {
    await Promise.all([this.pub.ping(), this.sub.ping()]);
  }

  join(boardId: string, listener: FanoutListener): FanoutChannel {
    const channel = `${this.prefix}board:${boardId}`;
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    // Subscribing an already subscribed channel is a no-op that still resolves after it is live.
    const subscribed = this.sub.subscribe(channel).then(() => {});
    subscribed.catch((error: unknown) =>
      this.options.log.warn({ err: String(error), boardId }, 'redis subscribe failed; will resync on reconnect'),
    );
    let left = false;
    return {
      subscribed,
      publish: (kind: FanoutKind, parts: Uint8Array[], to?: string) => {
        if (left || this.closed) return;
        const bytes = encodeFanoutMessage({ kind, from: this.instanceId, to: to ?? null, parts });
        this.counters.published++;
        this.pub.publish(channel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch(() => {
          // Lost while Redis is away: the reconnect resync repairs it.
        });
      },
      leave: () => {
        if (left) return;
        left = true;
        const current = this.listeners.get(channel);
        current?.delete(listener);
        if (current && current.size === 0) {
          this.listeners.delete(channel);
          if (!this.closed) this.sub.unsubscribe(channel).catch(() => {});
        }
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopWatching();
    this.listeners.clear();
    await quitRedis([this.pub, this.sub]);
  }

  private deliver(channel: string, bytes: Buffer): void {
    const listeners = this.listeners.get(channel);
    if (!listeners) return;
    const message = decodeFanoutMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!message) {
      this.counters.malformed++;
      return;
    }
    if (message.from === this.instanceId) return; // our own, already applied here
    if (message.to !== null && message.to !== this.instanceId) return;
    this.counters.received++;
    for (const listener of [...listeners]) listener.onMessage(message);
  }

  private async reconnected(role: 'publisher' | 'subscriber'): Promise<void> {
    const channels = [...this.listeners.keys()];
    if (this.closed || channels.length === 0) return;
    // Subscribing while the subscriber is still in its ready check would break that check; the
    // subscriber's own 'ready' comes later and does this then.
    if (this.sub.status !== 'ready') return;
    this.options.log.info({ role, boards: channels.length }, 'redis fan-out (re)connected; resynchronising boards');
    try {
      // ioredis resubscribes on its own; subscribing again on the same connection queues behind
      // it, so once this resolves the channels are live and the resync replies cannot be missed.
      await this.sub.subscribe(...channels);
    } catch {
      return; // lost again: the next 'ready' retries
    }
    for (const channel of channels) for (const listener of this.listeners.get(channel) ?? []) listener.onReconnect();
  }
}
