import type { JoinAck } from '@gapboard/shared';
import Fastify, { type FastifyInstance } from 'fastify';
import { io as connectClient, type Socket } from 'socket.io-client';
import { FakeBoardAccess } from './fakeBoardAccess.testHelper';
import { meetingPlugin, type MeetingPluginOptions } from './meetingPlugin';

/** A board the fake knows, with its facilitator key. */
export const testBoard = { id: 'board_aaaaaaaaaaaaaaaaaaaaaa', key: 'facilitator-key-1234567890' };
export const otherBoard = { id: 'board_bbbbbbbbbbbbbbbbbbbbbb', key: 'facilitator-key-other-000' };

/** Clock the tests move by hand, so timer and rate-limit assertions never depend on speed. */
export class ManualClock {
  value = 1_000_000;
  readonly now = () => this.value;
  advance(ms: number): void {
    this.value += ms;
  }
}

/** A bare Fastify app with only the meeting plugin, listening on a free port. */
export interface MeetingTestServer {
  app: FastifyInstance;
  access: FakeBoardAccess;
  clock: ManualClock;
  /** A new real socket.io client (websocket transport, no reconnection). */
  connect(): Promise<Socket>;
  close(): Promise<void>;
}

export async function startMeetingServer(options: Partial<MeetingPluginOptions> = {}): Promise<MeetingTestServer> {
  const access = new FakeBoardAccess();
  access.addBoard(testBoard.id, testBoard.key);
  access.addBoard(otherBoard.id, otherBoard.key);
  const clock = new ManualClock();
  const app = Fastify({ logger: false });
  await app.register(meetingPlugin, { access, now: clock.now, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  const clients: Socket[] = [];
  return {
    app,
    access,
    clock,
    async connect() {
      const socket = connectClient(url, { transports: ['websocket'], reconnection: false, forceNew: true });
      clients.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async close() {
      for (const socket of clients) socket.disconnect();
      await app.close();
    },
  };
}

/** Resolves with the next `event` payload that satisfies `match`. */
export function nextEvent<T = unknown>(socket: Socket, event: string, match: (payload: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const listener = (payload: T) => {
      if (!match(payload)) return;
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Collects every payload of `event` a socket receives from now on. */
export function record<T = unknown>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

/**
 * Waits until the server has handled everything this socket sent before, and this socket has
 * received everything the server sent it meanwhile: socket.io keeps order per connection, so
 * the answer to a request sent last arrives after them. The request is an empty `command`,
 * answered through its ack without side effects (it only bumps one rejection counter) and
 * limited by the control bucket, so it still gets through after a cursor or ink flood.
 */
export async function roundTrip(socket: Socket): Promise<void> {
  await socket.emitWithAck('command', null);
}

/** Joins `board` and returns the ack. */
export async function join(
  socket: Socket,
  name: string,
  extra: { key?: string; readToken?: string; boardId?: string } = {},
): Promise<JoinAck> {
  return socket.emitWithAck('join', { boardId: extra.boardId ?? testBoard.id, name, color: '#1f77b4', ...extra });
}

/** Narrows a join ack to its success branch, failing the test otherwise. */
export function joined(ack: JoinAck) {
  if (!ack.ok) throw new Error(`join failed: ${ack.error.message}`);
  return ack;
}

/** A facilitator and a participant in the test board. */
export async function facilitatorAndParticipant(server: MeetingTestServer): Promise<{ fac: Socket; part: Socket; facId: string; partId: string }> {
  const fac = await server.connect();
  const part = await server.connect();
  const facId = joined(await join(fac, 'Fran', { key: testBoard.key })).self;
  const partId = joined(await join(part, 'Pat')).self;
  return { fac, part, facId, partId };
}
