import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { io, type Socket } from 'socket.io-client';
import type { JoinAck } from '@gapboard/shared';
import { buildApp, type AppDeps } from '../app';
import { makeConfig, type ConfigInput } from '../config';

/** A real server on a free port, in its own temporary data directory. */
export interface TestServer {
  app: FastifyInstance;
  dataDir: string;
  /** `http://127.0.0.1:port` */
  httpUrl: string;
  /** `ws://127.0.0.1:port/yjs` — the base URL a `WebsocketProvider` takes. */
  yjsUrl: string;
  /** Creates a board over HTTP and returns the 201 body. */
  createBoard(body?: unknown): Promise<{ id: string; facilitatorKey: string; url: string }>;
  close(): Promise<void>;
}

/** Starts `buildApp` on port 0. Rate limits are raised so tests can create many boards. */
export async function startTestServer(
  overrides: Partial<ConfigInput> = {},
  deps: AppDeps = {},
): Promise<TestServer> {
  const dataDir = overrides.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'gapboard-test-'));
  const config = makeConfig({
    PORT: 0,
    LOG_LEVEL: 'silent',
    CREATE_RATE_PER_MINUTE: 10_000,
    ROOM_IDLE_MS: 0,
    STATIC_DIR: join(dataDir, 'no-client-build'),
    ...overrides,
    DATA_DIR: dataDir,
  });
  const app = await buildApp(config, deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  const httpUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    dataDir,
    httpUrl,
    yjsUrl: `ws://127.0.0.1:${address.port}/yjs`,
    async createBoard(body: unknown = {}) {
      const res = await fetch(`${httpUrl}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`board creation failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string; facilitatorKey: string; url: string };
    },
    close: () => app.close(),
  };
}

/** A stock y-websocket client in Node (ws polyfill, no BroadcastChannel shortcut between peers). */
export interface TestPeer {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server completed. */
  synced: Promise<void>;
  destroy(): void;
}

export function connectPeer(yjsUrl: string, boardId: string, params: Record<string, string> = {}): TestPeer {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(yjsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
    connect: true,
    maxBackoffTime: 200,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Polls `check` until it returns true (or throws after `timeoutMs`). Used to wait for network
 * effects; the timeout is a safety net, never the thing under test.
 */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A plain `ws` client for frames a stock provider would never send. Resolves once open. */
export async function openRawSocket(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url);
  socket.binaryType = 'nodebuffer';
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

/** Resolves with the close code and reason of `socket`. */
export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() }));
  });
}

/**
 * The usual `afterEach` of a test with meeting sockets and Yjs peers: disconnects and destroys
 * them all (emptying the arrays for the next test), then closes the server if one was started.
 */
export async function closeClients(
  server: TestServer | undefined,
  sockets: { disconnect(): unknown }[],
  peers: TestPeer[],
): Promise<void> {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const p of peers.splice(0)) p.destroy();
  await server?.close();
}

/**
 * A socket.io client that joined `boardId`'s meeting as `name` (as facilitator with `key`); kept
 * in `sockets` for {@link closeClients}. The ack is returned as the server sent it.
 */
export async function joinMeeting(
  server: TestServer,
  sockets: Socket[],
  boardId: string,
  name: string,
  key?: string,
): Promise<{ socket: Socket; ack: JoinAck }> {
  const socket = io(server.httpUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(socket);
  const ack = (await socket.emitWithAck('join', { boardId, name, color: '#1f77b4', key })) as JoinAck;
  return { socket, ack };
}
