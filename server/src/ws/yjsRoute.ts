import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import { z } from 'zod';
import WebSocket from 'ws';
import type { BoardAccess } from '../boards/boardAccess';
import type { Metrics } from '../metrics';
import type { ClientHandle } from '../rooms/BoardRoom';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { CloseCode, type RoomSocket } from '../rooms/RoomSocket';
import { binaryFrame } from './binaryFrame';
import { keepAlive } from './keepAlive';

/** Options of {@link yjsRoute}. */
export interface YjsRouteOptions {
  access: BoardAccess;
  rooms: RoomRegistry;
  metrics: Metrics;
  /** Frames above this close the connection with 1009 (enforced by `ws`). */
  maxMessageBytes: number;
  /**
   * @default 32 MiB — a client whose unsent backlog exceeds this is too slow to keep up and is
   * closed (1013) rather than letting the server buffer without bound; it resyncs on reconnect.
   */
  maxBufferedBytes?: number;
  /** @default 20000 — see {@link keepAlive}; 0: no pings. */
  heartbeatMs?: number;
}

const paramsSchema = z.object({ boardId: z.string() });
const querySchema = z.object({
  key: z.string().max(200).optional(),
  readToken: z.string().max(200).optional(),
});

/** Board ids are nanoids and view tokens `v_` + base64url, both in this alphabet; anything else cannot exist. */
const boardIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The frame of the message sent last. A room sends one message to each of its clients in turn,
 * so every recipient after the first reuses the frame made for the first.
 */
let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer = Buffer.alloc(0);
function framed(message: Uint8Array): Buffer {
  if (message !== lastMessage) {
    lastFrame = binaryFrame(message);
    lastMessage = message;
  }
  return lastFrame;
}

/** Upgrade paths that belong to other listeners (socket.io) and must not reach Fastify's router. */
const foreignUpgradePrefixes = ['/socket.io/'];

/**
 * `GET /yjs/:boardId` (websocket): a thin adapter between a `ws` socket and the board's
 * {@link BoardRoom}. `:boardId` is a board id or a read-only view token (`/yjs/v_…`, viewer).
 * It resolves the caller's role (`?key=` facilitator key, `?readToken=` legacy read-only link),
 * closes with 4404 for an unknown board or token, and otherwise only moves bytes.
 */
export const yjsRoute: FastifyPluginAsync<YjsRouteOptions> = async (app, options) => {
  const maxBuffered = options.maxBufferedBytes ?? 32 * 1024 * 1024;
  const heartbeatMs = options.heartbeatMs ?? 20_000;

  // @fastify/websocket answers every upgrade through Fastify's router (a 404 for socket.io's
  // path); give it a filtered view of the server's upgrade events instead.
  const upgrades = new EventEmitter();
  const forward = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (foreignUpgradePrefixes.some((p) => req.url?.startsWith(p))) return;
    upgrades.emit('upgrade', req, socket, head);
  };
  app.server.on('upgrade', forward);
  app.addHook('onClose', async () => {
    app.server.off('upgrade', forward);
  });

  await app.register(fastifyWebsocket, {
    options: { maxPayload: options.maxMessageBytes, server: upgrades as never },
    // A client's protocol error (oversized or malformed frame) is its problem, not the server's:
    // warn without the stack (the default logs at error level), then drop the socket.
    errorHandler: (error, socket, request) => {
      request.log.warn({ code: (error as Error & { code?: string }).code, reason: error.message }, 'websocket error');
      socket.terminate();
    },
    preClose: (done) => {
      // Rooms close their clients with 1001 and store their boards (see app.ts onClose); any
      // socket still waiting for its role is closed here.
      for (const client of app.websocketServer.clients) client.close(CloseCode.goingAway, 'server shutting down');
      done();
    },
  });

  app.get('/yjs/:boardId', { websocket: true }, (socket, request) => {
    const params = paramsSchema.parse(request.params);
    const query = querySchema.safeParse(request.query);
    socket.binaryType = 'nodebuffer';
    if (heartbeatMs > 0) {
      keepAlive(socket, heartbeatMs, () => {
        options.metrics.silentConnections++;
        request.log.info('closing a Yjs connection that stopped answering pings');
      });
    }

    let handle: ClientHandle | null = null;
    let pending: Uint8Array[] = [];
    let closed = false;

    // The connection's TCP socket, which `ws` took over from the upgrade request: broadcasts
    // write their ready-made frame to it directly (see framed).
    const tcp = request.raw.socket;
    const roomSocket: RoomSocket = {
      send(message) {
        if (socket.readyState !== WebSocket.OPEN) return;
        if (socket.bufferedAmount > maxBuffered) {
          socket.close(1013, 'client too slow, reconnect');
          return;
        }
        // A whole frame in one write: ordered with `ws`'s own frames (pongs, close), which it
        // also writes whole, and counted in bufferedAmount like them.
        tcp.write(framed(message));
      },
      close(code, reason) {
        if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
          socket.close(code, reason);
        }
      },
    };

    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (closed) return;
      if (!isBinary) {
        options.metrics.invalidFrames++;
        roomSocket.close(CloseCode.invalidFrame, 'expected binary frames (y-websocket protocol)');
        return;
      }
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (handle) handle.receive(frame);
      else pending.push(frame);
    });
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') options.metrics.oversizedFrames++;
      else options.metrics.invalidFrames++;
    });
    socket.on('close', () => {
      closed = true;
      pending = [];
      handle?.disconnect();
    });

    if (!query.success) {
      options.metrics.invalidFrames++;
      roomSocket.close(CloseCode.invalidFrame, 'invalid query: key and readToken are at most 200 characters');
      return;
    }
    if (!boardIdPattern.test(params.boardId)) {
      options.metrics.unknownBoards++;
      roomSocket.close(CloseCode.boardNotFound, 'board not found');
      return;
    }

    options.access
      .grantFor(params.boardId, { key: query.data.key, readToken: query.data.readToken })
      .then((grant) => {
        if (closed) return;
        if (!grant) {
          options.metrics.unknownBoards++;
          roomSocket.close(CloseCode.boardNotFound, 'board not found');
          return;
        }
        options.metrics.connectionsOpened++;
        // A view token joins the real board's room as a viewer; the id never goes on the wire.
        handle = options.rooms.join(grant.boardId, roomSocket, grant.role);
        const backlog = pending;
        pending = [];
        for (const frame of backlog) handle.receive(frame);
      })
      .catch((error: unknown) => {
        request.log.error({ err: error }, 'could not resolve the role of a Yjs connection');
        roomSocket.close(CloseCode.internalError, 'internal error, retry');
      });
  });
};
