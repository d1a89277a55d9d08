import {
  editingPayloadSchema,
  facilitatorCommandSchema,
  inkPayloadSchema,
  joinPayloadSchema,
  cursorPayloadSchema,
  viewPath,
  type FacilitatorCommand,
  type MeetingError,
} from '@gapboard/shared';
import type { BoardAccess } from '../boards/boardAccess';
import type { MeetingLimits } from './meetingLimits';
import type { MeetingMetrics } from './meetingMetrics';
import type { MeetingRegistry } from './meetingRegistry';
import { applyRoomCommand, joinParticipant, removeParticipant, setRoomLocked, toMeetingState, type MeetingRoom } from './meetingRoom';
import { boardRoom, meetingClientEvents, type MeetingServer, type MeetingSocket } from './meetingServer';
import { RateLimiter } from './rateLimiter';
import { splitArgs, validatePayload, type Ack } from './validatePayload';

/** The slice of a pino/Fastify logger the meeting uses. */
export interface MeetingLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What the service needs; all of it injected so tests can pin the clock. */
export interface MeetingServiceDeps {
  io: MeetingServer;
  access: BoardAccess;
  limits: MeetingLimits;
  metrics: MeetingMetrics;
  registry: MeetingRegistry;
  now: () => number;
  log: MeetingLogger;
}

/** Per-connection bookkeeping that never leaves this process. */
interface ConnectionState {
  /** Bumped by every join and by disconnect, so a slow `roleFor` cannot apply a stale join. */
  joinSeq: number;
  lastCursorAt: number;
}

/**
 * The socket.io side of the live meeting: validates every event, checks the sender's role,
 * keeps the board's {@link MeetingRoom} in the registry and fans changes out to the board's
 * socket.io room. No handler throws: failures become an `error` event for that one client.
 */
export class MeetingService {
  private readonly lockWatches = new Map<string, () => void>();
  private unwatchDeletions: () => void = () => {};

  constructor(private readonly deps: MeetingServiceDeps) {}

  /** Starts handling connections. */
  attach(): void {
    this.deps.io.on('connection', (socket) => this.onConnection(socket));
    this.unwatchDeletions = this.deps.access.onBoardDeleted((boardId) => this.endMeeting(boardId));
  }

  /** Drops the lock subscriptions (sockets are closed by the plugin). */
  close(): void {
    for (const unsubscribe of this.lockWatches.values()) unsubscribe();
    this.lockWatches.clear();
    this.unwatchDeletions();
  }

  /**
   * The board was deleted: its members (on every instance, through the adapter) are told why and
   * disconnected, and its meeting state is forgotten. A member's reconnect then gets `unknown-board`.
   */
  private endMeeting(boardId: string): void {
    const roomName = boardRoom(boardId);
    this.deps.io.to(roomName).emit('error', { code: 'board-deleted', event: 'join', message: 'this board was deleted by its facilitator' });
    this.deps.io.in(roomName).disconnectSockets(true);
    this.unwatchLock(boardId);
    this.deps.registry.forget(boardId);
  }

  private onConnection(socket: MeetingSocket): void {
    const { metrics, limits, now } = this.deps;
    metrics.connections += 1;
    const conn: ConnectionState = { joinSeq: 0, lastCursorAt: -Infinity };
    const limiter = new RateLimiter(limits, now);

    // Runs before any handler, for every incoming event: rate limit first (unknown events
    // cost a token too), then refuse names we do not handle.
    socket.use((packet, next) => {
      const event = String(packet[0]).slice(0, 60);
      const decision = limiter.check(event);
      if (decision !== 'allow') {
        metrics.rateLimited += 1;
        if (decision === 'drop-and-notify') {
          socket.emit('error', { code: 'rate-limited', event, message: `too many ${event} events; slow down` });
        }
        return;
      }
      if (!meetingClientEvents.has(event)) {
        const expected = [...meetingClientEvents].join(', ');
        this.reject(socket, { code: 'invalid-payload', event, message: `unknown event; expected one of ${expected}` }, splitArgs(packet.slice(1)).ack);
        return;
      }
      next();
    });

    socket.on('join', (...args) => this.guard(socket, 'join', args, (ack, payload) => this.onJoin(socket, conn, payload, ack)));
    socket.on('cursor', (...args) => this.guard(socket, 'cursor', args, (ack, payload) => this.onCursor(socket, conn, payload, ack)));
    socket.on('ink', (...args) => this.guard(socket, 'ink', args, (ack, payload) => this.onInk(socket, payload, ack)));
    socket.on('editing', (...args) => this.guard(socket, 'editing', args, (ack, payload) => this.onEditing(socket, payload, ack)));
    socket.on('command', (...args) => this.guard(socket, 'command', args, (ack, payload) => this.onCommand(socket, payload, ack)));
    socket.on('disconnect', () => {
      metrics.connections -= 1;
      conn.joinSeq += 1;
      this.guard(socket, 'disconnect', [], () => this.leave(socket));
    });
  }

  /** Runs a handler so that neither a throw nor a rejection escapes; the client gets `server-error`. */
  private guard(socket: MeetingSocket, event: string, args: unknown[], handler: (ack: Ack | undefined, payload: unknown) => unknown): void {
    const { payload, ack } = splitArgs(args);
    const fail = (err: unknown) => {
      this.deps.log.error({ event, err: err instanceof Error ? err.message : String(err) }, 'meeting handler failed');
      this.reject(socket, { code: 'server-error', event, message: 'the server could not handle this event; try again' }, ack);
    };
    try {
      const result = handler(ack, payload);
      if (result instanceof Promise) result.catch(fail);
    } catch (err) {
      fail(err);
    }
  }

  private async onJoin(socket: MeetingSocket, conn: ConnectionState, payload: unknown, ack: Ack | undefined): Promise<void> {
    const parsed = validatePayload(joinPayloadSchema, 'join', payload);
    if (!parsed.ok) return this.reject(socket, parsed.error, ack);
    const { boardId: address, name, color, key, readToken } = parsed.data;
    const seq = ++conn.joinSeq;
    // `boardId` may be a read-only view token: the grant carries the real id, which stays on
    // the server (socket.data, room names); acks and events carry no board id.
    const grant = await this.deps.access.grantFor(address, { key, readToken });
    // A newer join or a disconnect happened while we waited: this one is moot.
    if (seq !== conn.joinSeq || !socket.connected) return;
    if (grant === null) {
      return this.reject(socket, { code: 'unknown-board', event: 'join', message: 'no board with this id; check the link' }, ack);
    }
    const { boardId, role } = grant;
    if (this.isFull(boardId, socket.id)) {
      const max = this.deps.limits.maxParticipants;
      return this.reject(socket, { code: 'meeting-full', event: 'join', message: `this board's meeting is full (${max} people); the board itself can still be edited` }, ack);
    }
    this.leave(socket);
    this.watchLock(boardId);
    const locked = this.deps.access.isLocked(boardId);
    // The colour asked for is a wish: two people present never share one while colours remain.
    const room = this.deps.registry.update(boardId, (r) => joinParticipant(setRoomLocked(r, locked), { id: socket.id, name, color, role }));
    const given = room.roster.find((p) => p.id === socket.id)?.color ?? color;
    socket.data.member = { boardId, role, name, color: given };
    await socket.join(boardRoom(boardId));
    if (!socket.connected) return;
    ack?.({ ok: true, role, self: socket.id, state: toMeetingState(room, this.deps.now()) });
    this.broadcast(boardId, room);
  }

  private onCursor(socket: MeetingSocket, conn: ConnectionState, payload: unknown, ack: Ack | undefined): void {
    const member = this.memberOf(socket, 'cursor', ack);
    if (!member) return;
    const parsed = validatePayload(cursorPayloadSchema, 'cursor', payload);
    if (!parsed.ok) return this.reject(socket, parsed.error, ack);
    const now = this.deps.now();
    if (now - conn.lastCursorAt < this.deps.limits.cursorIntervalMs) {
      this.deps.metrics.cursorsThrottled += 1;
      return;
    }
    conn.lastCursorAt = now;
    const { x, y } = parsed.data;
    socket.to(boardRoom(member.boardId)).volatile.emit('cursor', { id: socket.id, x, y, name: member.name, color: member.color });
  }

  private onInk(socket: MeetingSocket, payload: unknown, ack: Ack | undefined): void {
    const member = this.memberOf(socket, 'ink', ack);
    if (!member) return;
    if (member.role === 'viewer') {
      return this.reject(socket, { code: 'forbidden', event: 'ink', message: 'read-only viewers cannot draw' }, ack);
    }
    const parsed = validatePayload(inkPayloadSchema, 'ink', payload);
    if (!parsed.ok) return this.reject(socket, parsed.error, ack);
    socket.to(boardRoom(member.boardId)).volatile.emit('ink', { ...parsed.data, id: socket.id });
  }

  /**
   * Relays what a participant now edits in place to the others (reliably: it changes seldom and
   * a lost "stopped" would leave a stale hint). Nothing is kept here: a peer that joins later
   * hears it because editing clients announce again when the roster grows.
   */
  private onEditing(socket: MeetingSocket, payload: unknown, ack: Ack | undefined): void {
    const member = this.memberOf(socket, 'editing', ack);
    if (!member) return;
    if (member.role === 'viewer') {
      return this.reject(socket, { code: 'forbidden', event: 'editing', message: 'read-only viewers cannot edit' }, ack);
    }
    const parsed = validatePayload(editingPayloadSchema, 'editing', payload);
    if (!parsed.ok) return this.reject(socket, parsed.error, ack);
    socket.to(boardRoom(member.boardId)).emit('editing', { ...parsed.data, id: socket.id, name: member.name, color: member.color });
  }

  private async onCommand(socket: MeetingSocket, payload: unknown, ack: Ack | undefined): Promise<void> {
    const member = this.memberOf(socket, 'command', ack);
    if (!member) return;
    if (member.role !== 'facilitator') {
      return this.reject(socket, { code: 'forbidden', event: 'command', message: 'only the facilitator (with the facilitator key) can run meeting commands' }, ack);
    }
    const parsed = validatePayload(facilitatorCommandSchema, 'command', payload);
    if (!parsed.ok) return this.reject(socket, parsed.error, ack);
    await this.runCommand(socket, member.boardId, parsed.data);
    ack?.({ ok: true });
  }

  private async runCommand(socket: MeetingSocket, boardId: string, command: FacilitatorCommand): Promise<void> {
    switch (command.type) {
      case 'lock':
        await this.deps.access.setLocked(boardId, command.locked);
        this.applyLock(boardId, command.locked);
        return;
      case 'mint-read-link': {
        const token = await this.deps.access.mintReadToken(boardId);
        // Only the sender: the token is a credential, never broadcast.
        // The path holds the token only: it addresses the board read-only without revealing its id.
        socket.emit('read-link', { token, path: viewPath(token) });
        return;
      }
      default: {
        const room = this.deps.registry.update(boardId, (r) => applyRoomCommand(r, command, this.deps.now()));
        this.broadcast(boardId, room);
      }
    }
  }

  /** Whether `socketId` (not already in it) would exceed the board's meeting size. */
  private isFull(boardId: string, socketId: string): boolean {
    if (!this.deps.registry.has(boardId)) return false;
    const { roster } = this.deps.registry.get(boardId);
    return roster.length >= this.deps.limits.maxParticipants && !roster.some((p) => p.id === socketId);
  }

  /** Takes the socket out of its board's meeting, if any, and tells the others. */
  private leave(socket: MeetingSocket): void {
    const member = socket.data.member;
    if (!member) return;
    socket.data.member = undefined;
    const roomName = boardRoom(member.boardId);
    void socket.leave(roomName);
    this.deps.io.to(roomName).except(socket.id).emit('cursor-leave', { id: socket.id });
    const room = this.deps.registry.update(member.boardId, (r) => removeParticipant(r, socket.id));
    if (room.roster.length === 0) this.unwatchLock(member.boardId);
    this.broadcast(member.boardId, room);
  }

  private memberOf(socket: MeetingSocket, event: string, ack: Ack | undefined) {
    const member = socket.data.member;
    if (!member) this.reject(socket, { code: 'not-joined', event, message: 'send join first' }, ack);
    return member;
  }

  private broadcast(boardId: string, room: MeetingRoom): void {
    this.deps.io.to(boardRoom(boardId)).emit('meeting', toMeetingState(room, this.deps.now()));
  }

  /** Mirrors a lock change (from our command or from elsewhere, e.g. HTTP) into an open meeting. */
  private applyLock(boardId: string, locked: boolean): void {
    if (!this.deps.registry.has(boardId) || this.deps.registry.get(boardId).locked === locked) return;
    this.broadcast(boardId, this.deps.registry.update(boardId, (r) => setRoomLocked(r, locked)));
  }

  private watchLock(boardId: string): void {
    if (this.lockWatches.has(boardId)) return;
    this.lockWatches.set(boardId, this.deps.access.onLockChange(boardId, (locked) => this.applyLock(boardId, locked)));
  }

  private unwatchLock(boardId: string): void {
    this.lockWatches.get(boardId)?.();
    this.lockWatches.delete(boardId);
  }

  /** Counts and reports a refused event to its sender only. */
  private reject(socket: MeetingSocket, error: MeetingError, ack: Ack | undefined): void {
    const { metrics } = this.deps;
    if (error.code === 'invalid-payload') metrics.invalidPayloads += 1;
    else if (error.code === 'forbidden') metrics.forbidden += 1;
    else if (error.code === 'not-joined') metrics.notJoined += 1;
    else if (error.code === 'rate-limited') metrics.rateLimited += 1;
    else if (error.code === 'meeting-full') metrics.meetingFull += 1;
    socket.emit('error', error);
    ack?.({ ok: false, error });
  }
}
