import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { Server, type ServerOptions } from 'socket.io';
import type { BoardAccess } from '../boards/boardAccess';
import { defaultMeetingLimits, type MeetingLimits } from './meetingLimits';
import { MeetingMetrics, type MeetingMetricsSnapshot } from './meetingMetrics';
import { MeetingRegistry } from './meetingRegistry';
import type { MeetingServer } from './meetingServer';
import { MeetingService } from './meetingService';

/** Options of {@link meetingPlugin}. */
export interface MeetingPluginOptions {
  /** Roles, read tokens and the lock of boards. */
  access: BoardAccess;
  /** Overrides of {@link defaultMeetingLimits}; nested bucket limits are replaced whole. */
  limits?: Partial<MeetingLimits>;
  /**
   * Called with the socket.io server before it accepts connections, e.g.
   * `(io) => io.adapter(createAdapter(pub, sub))` for several instances behind Redis.
   * Meeting state stays per instance unless `createRegistry` replicates it.
   */
  adapter?: (io: MeetingServer) => void;
  /**
   * Makes the registry of meeting state (called after `adapter`). @default a per-process
   * {@link MeetingRegistry}; several instances pass one that replicates state between them.
   */
  createRegistry?: (io: MeetingServer, maxIdleRooms: number, now: () => number) => MeetingRegistry & { close?(): void };
  /** Server clock in epoch ms. @default Date.now — tests pin it. */
  now?: () => number;
  /**
   * socket.io's ping interval and timeout (ms): a member silent that long after a ping is gone
   * (sleep, lost network) and leaves the roster. 0 or unset: socket.io's defaults (25 s + 20 s).
   */
  heartbeatMs?: number;
  /** Extra socket.io server options (e.g. `cors` for a dev server on another origin). */
  serverOptions?: Partial<ServerOptions>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The live meeting's socket.io server, on the same HTTP server at `/socket.io`. */
    io: MeetingServer;
    /** Counters of the live meeting (invalid payloads, forbidden, rate-limited…) for `/api/metrics`. */
    meetingMetrics: () => MeetingMetricsSnapshot;
  }
}

const plugin: FastifyPluginAsync<MeetingPluginOptions> = async (fastify, options) => {
  const limits: MeetingLimits = { ...defaultMeetingLimits, ...options.limits };
  const now = options.now ?? Date.now;
  const io: MeetingServer = new Server(fastify.server, {
    serveClient: false,
    ...(options.heartbeatMs ? { pingInterval: options.heartbeatMs, pingTimeout: options.heartbeatMs } : {}),
    ...options.serverOptions,
    path: '/socket.io',
    maxHttpBufferSize: limits.maxMessageBytes,
    // Leave upgrade requests for other paths (the Yjs websocket at /yjs) to their owner instead
    // of destroying them after a second, which engine.io does by default.
    destroyUpgrade: false,
  });
  options.adapter?.(io);

  const metrics = new MeetingMetrics();
  const registry: MeetingRegistry & { close?(): void } =
    options.createRegistry?.(io, limits.maxIdleRooms, now) ?? new MeetingRegistry(limits.maxIdleRooms);
  const service = new MeetingService({ io, access: options.access, limits, metrics, registry, now, log: fastify.log });
  service.attach();

  fastify.decorate('io', io);
  fastify.decorate('meetingMetrics', () => metrics.snapshot(registry.size));

  // Connections are closed in preClose, before Fastify closes the HTTP server, because an
  // upgraded connection would otherwise keep `server.close()` waiting. Closing the transports
  // (rather than sending socket.io disconnects) lets clients reconnect on their own to the
  // restarted server.
  fastify.addHook('preClose', async () => {
    service.close();
    registry.close?.();
    io.engine.close();
  });
  fastify.addHook('onClose', async () => {
    await io.of('/').adapter.close();
  });
};

/**
 * The live meeting (roster, cursors, ink, step and timer, facilitator commands) as a Fastify
 * plugin: a socket.io server on `fastify.server` at `/socket.io`, decorated as `fastify.io`.
 */
export const meetingPlugin = fp(plugin, { name: 'gapboard-meeting', fastify: '5.x' });
