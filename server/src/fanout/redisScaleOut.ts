import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { BoardAccess } from '../boards/boardAccess';
import type { MeetingServer } from '../meeting/meetingServer';
import type { BoardRoom } from '../rooms/BoardRoom';
import { RedisFanout, type FanoutLogger } from './RedisFanout';
import { quitRedis, watchRedisLiveness } from './redisLiveness';
import { ReplicatedMeetingRegistry } from './ReplicatedMeetingRegistry';
import { RoomFanoutBridge } from './RoomFanoutBridge';

/** Options of {@link createRedisScaleOut}. */
export interface RedisScaleOutOptions {
  url: string;
  /** Prefix of every Redis channel this instance uses (several deployments can share a Redis). */
  prefix: string;
  log: FanoutLogger;
  /** @default 5000 — ping interval of every Redis connection (ms), to find silent partitions. 0: never. */
  livenessIntervalMs?: number;
}

/** Everything an app needs to run as one of several instances sharing a Redis. */
export interface RedisScaleOut {
  readonly fanout: RedisFanout;
  /** For `RoomRegistry`'s `onRoomOpened`: shares each live board room with the other instances. */
  attachRoom(access: RoomAccess, onRemoteDelete?: (boardId: string) => void): (room: BoardRoom) => void;
  /** For `meetingPlugin`'s `adapter`: socket.io rooms span every instance (@socket.io/redis-adapter). */
  meetingAdapter(io: MeetingServer): void;
  /** For `meetingPlugin`'s `createRegistry`: meeting state replicated between instances. */
  meetingRegistry(io: MeetingServer, maxIdleRooms: number, now: () => number): ReplicatedMeetingRegistry;
  /** Closes every Redis connection (after rooms and the socket.io server closed). */
  close(): Promise<void>;
}

type RoomAccess = Pick<BoardAccess, 'onLockChange' | 'setLocked' | 'isLocked'>;

/**
 * Wires one instance to Redis: the Yjs board fan-out ({@link RedisFanout} plus one
 * {@link RoomFanoutBridge} per open room), the socket.io Redis adapter for the meeting and the
 * meeting state replicated over it ({@link ReplicatedMeetingRegistry}), each on its own
 * connections and under the same key prefix.
 */
export function createRedisScaleOut(options: RedisScaleOutOptions): RedisScaleOut {
  const livenessIntervalMs = options.livenessIntervalMs ?? 5000;
  const fanout = new RedisFanout({ url: options.url, prefix: options.prefix, log: options.log, livenessIntervalMs });
  const adapterClients: Redis[] = [];
  let stopWatchingAdapter = () => {};
  return {
    fanout,
    attachRoom(access, onRemoteDelete) {
      return (room) => {
        new RoomFanoutBridge(room, { fanout, access, log: options.log, onRemoteDelete });
      };
    },
    meetingAdapter(io) {
      const connection = { maxRetriesPerRequest: 3, retryStrategy: (attempt: number) => Math.min(50 * attempt, 1000) };
      const pub = new CatchingPublisher(options.url, { ...connection, connectionName: `gapboard-io-pub-${fanout.instanceId}` });
      // The adapter subscribes without handling the promise either; a subscriber only queues a
      // few (re)subscriptions, so it may wait for Redis indefinitely instead of failing them.
      const sub = catchSubscriptionRejections(
        new Redis(options.url, { ...connection, maxRetriesPerRequest: null, connectionName: `gapboard-io-sub-${fanout.instanceId}` }),
      );
      for (const client of [pub, sub]) {
        client.on('error', (error: Error) => options.log.warn({ err: error.message }, 'redis socket.io adapter connection error'));
        adapterClients.push(client);
      }
      io.adapter(createAdapter(pub, sub, { key: `${options.prefix}socket.io` }));
      if (livenessIntervalMs > 0) {
        stopWatchingAdapter = watchRedisLiveness(
          [
            { role: 'socket.io publisher', redis: pub },
            { role: 'socket.io subscriber', redis: sub },
          ],
          { intervalMs: livenessIntervalMs, log: options.log, onStall: () => fanout.counters.stalls++ },
        );
      }
    },
    meetingRegistry(io, maxIdleRooms, now) {
      return new ReplicatedMeetingRegistry({ io, instanceId: fanout.instanceId, maxIdleRooms, now, log: options.log });
    },
    async close() {
      stopWatchingAdapter();
      await fanout.close();
      await quitRedis(adapterClients);
    },
  };
}

/**
 * The socket.io Redis adapter publishes without handling the returned promise; while Redis is
 * down those publishes fail, and an unhandled rejection would take the whole process down.
 * Meeting events are ephemeral: one lost while Redis is away is simply lost.
 */
class CatchingPublisher extends Redis {
  override publish(...args: Parameters<Redis['publish']>): ReturnType<Redis['publish']> {
    return super.publish(...args).catch(() => 0);
  }
}

/**
 * The adapter's (un)subscriptions are unhandled promises too. They wait for Redis rather than
 * fail (no retry limit on this connection), except when the connection is dropped for good:
 * at shutdown with Redis not answering, the adapter's closing unsubscribes would otherwise
 * surface as unhandled rejections. ioredis resubscribes by itself after a reconnect. (Wrapped on
 * the instance: ioredis' overloaded signatures cannot be overridden in a subclass with types.)
 */
function catchSubscriptionRejections(redis: Redis): Redis {
  const commands = redis as unknown as Record<'subscribe' | 'psubscribe' | 'unsubscribe' | 'punsubscribe', (...args: unknown[]) => Promise<unknown>>;
  for (const name of ['subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe'] as const) {
    const original = commands[name].bind(redis);
    commands[name] = (...args: unknown[]) => original(...args).catch(() => 0);
  }
  return redis;
}
