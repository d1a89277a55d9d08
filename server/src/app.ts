import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { BoardStore } from './boards/BoardStore';
import type { Config } from './config';
import { boardRoutes } from './http/boardRoutes';
import { frameworkErrorHandler, installErrorHandler } from './http/errorHandler';
import { installJsonBodyParser } from './http/jsonBodyParser';
import { healthRoutes } from './http/healthRoutes';
import { importRoutes } from './http/importRoutes';
import { loggerOptions } from './http/loggerOptions';
import { spaRoutes } from './http/spaRoutes';
import { meetingPlugin, type MeetingPluginOptions } from './meeting/meetingPlugin';
import { Metrics } from './metrics';
import { defaultPendingLimits, type PendingLimits } from './rooms/PendingUpdateGuard';
import { RoomRegistry } from './rooms/RoomRegistry';
import type { BoardStorage } from './storage/BoardStorage';
import { SqliteStorage } from './storage/SqliteStorage';
import { PostgresStorage } from './storage/PostgresStorage';
import { sqliteOpenError, StorageOpenError } from './storage/StorageOpenError';
import { createRedisScaleOut } from './fanout/redisScaleOut';
import { yjsRoute } from './ws/yjsRoute';

/** The services behind the routes, exposed for tests and for the shutdown in `server.ts`. */
export interface GapboardServices {
  storage: BoardStorage;
  boards: BoardStore;
  rooms: RoomRegistry;
  metrics: Metrics;
}

declare module 'fastify' {
  interface FastifyInstance {
    gapboard: GapboardServices;
  }
}

/** What `buildApp` can be given instead of its defaults (tests, other storages). */
export interface AppDeps {
  /** @default SqliteStorage in `config.DATA_DIR`. Closed when the app closes. */
  storage?: BoardStorage;
  /** @default Date.now — the analysis of an ongoing incident runs up to "now". */
  now?: () => number;
  /** @default stdout — where the JSON log lines go (tests capture them). */
  logStream?: { write(line: string): void };
  /** Bounds of Yjs updates waiting for their dependencies, per room. @default defaultPendingLimits */
  pendingLimits?: Partial<PendingLimits>;
  /** Extra options of the live meeting plugin (limits, clock, adapter). */
  meeting?: Omit<MeetingPluginOptions, 'access'>;
}

/** The built client, resolved from this file so it works from `src/` and from `dist/`. */
const defaultStaticDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../client/dist');

/**
 * Builds the whole server as a Fastify app (not listening yet): HTTP API, Yjs websocket sync,
 * the socket.io live meeting and the SPA. Closing the app stores every open board and closes
 * storage.
 */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const metrics = new Metrics();
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, deps.logStream),
    bodyLimit: config.MAX_BODY_BYTES,
    trustProxy: config.TRUST_PROXY,
    // Errors Fastify answers before routing (a URL with broken percent-encoding) get the same
    // `{ error, message }` body as every other error.
    frameworkErrors: frameworkErrorHandler(metrics),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const storage = deps.storage ?? (await openStorage(config, app.log.child({ module: 'storage' })));
  if (config.REDIS_URL && !config.DATABASE_URL && !deps.storage) {
    app.log.warn('REDIS_URL is set without DATABASE_URL: each instance keeps its own SQLite boards; several instances need Postgres');
  }
  // With REDIS_URL, live boards and meetings are shared with the other instances (see README).
  const scaleOut = config.REDIS_URL
    ? createRedisScaleOut({
        url: config.REDIS_URL,
        prefix: config.REDIS_KEY_PREFIX,
        log: app.log.child({ module: 'fanout' }),
        livenessIntervalMs: config.REDIS_LIVENESS_MS,
      })
    : null;
  const boards = new BoardStore(storage);
  const rooms = new RoomRegistry({
    storage,
    isLocked: (id) => boards.isLocked(id),
    onLockChange: (id, listener) => boards.onLockChange(id, listener),
    metrics,
    log: app.log.child({ module: 'rooms' }),
    idleMs: config.ROOM_IDLE_MS,
    compactMaxUpdates: config.COMPACT_MAX_UPDATES,
    compactMaxBytes: config.COMPACT_MAX_BYTES,
    pendingLimits: { ...defaultPendingLimits, ...deps.pendingLimits },
    // A board deleted through another instance ends its room here too.
    onRoomOpened: scaleOut?.attachRoom(boards, (boardId) => rooms.discard(boardId)),
  });
  // A deleted board's live room ends at once: clients get 4404, nothing is stored again.
  boards.onBoardDeleted((boardId) => rooms.discard(boardId));
  app.decorate('gapboard', { storage, boards, rooms, metrics });
  // Rooms first (each stores its snapshot and closes its clients), then storage. Websocket
  // clients still waiting for their role are closed by the ws plugin's preClose.
  app.addHook('onClose', async () => {
    await rooms.closeAll();
    await storage.close();
    await scaleOut?.close();
  });

  installErrorHandler(app, metrics, config.MAX_BODY_BYTES);
  installJsonBodyParser(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });

  const now = deps.now ?? Date.now;
  await app.register(healthRoutes, {
    storage,
    metrics: () => ({
      ...metrics,
      rooms: rooms.roomCount,
      connections: rooms.connectionCount,
      meeting: app.hasDecorator('meetingMetrics') ? app.meetingMetrics() : null,
      fanout: scaleOut ? { instanceId: scaleOut.fanout.instanceId, ...scaleOut.fanout.counters } : null,
    }),
  });
  await app.register(boardRoutes, { boards, rooms, createRatePerMinute: config.CREATE_RATE_PER_MINUTE, now });
  await app.register(importRoutes, { boards, createRatePerMinute: config.CREATE_RATE_PER_MINUTE });
  await app.register(yjsRoute, { access: boards, rooms, metrics, maxMessageBytes: config.MAX_WS_MESSAGE_BYTES, heartbeatMs: config.WS_HEARTBEAT_MS });
  await app.register(meetingPlugin, {
    heartbeatMs: config.WS_HEARTBEAT_MS,
    adapter: scaleOut?.meetingAdapter,
    createRegistry: scaleOut?.meetingRegistry,
    ...deps.meeting,
    access: boards,
  });
  await app.register(spaRoutes, { staticDir: config.STATIC_DIR ?? defaultStaticDir });
  return app;
}

/**
 * Postgres when DATABASE_URL is set (schema migrated before the app starts), else SQLite in
 * DATA_DIR. @throws StorageOpenError saying what went wrong and what to do.
 */
async function openStorage(config: Config, log: { error(obj: object, msg?: string): void }): Promise<BoardStorage> {
  if (!config.DATABASE_URL) {
    try {
      return new SqliteStorage({ dataDir: config.DATA_DIR, synchronous: config.SQLITE_SYNCHRONOUS, log });
    } catch (error) {
      throw sqliteOpenError(config.DATA_DIR, error);
    }
  }
  const storage = new PostgresStorage({
    connectionString: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    timeoutMs: config.DATABASE_TIMEOUT_MS,
  });
  try {
    await storage.whenReady();
  } catch (error) {
    await storage.close();
    throw new StorageOpenError(`could not open Postgres storage (DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`);
  }
  return storage;
}
