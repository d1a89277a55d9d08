import * as Y from 'yjs';
import type { Role } from '@gapboard/shared';
import type { BoardStorage } from '../storage/BoardStorage';
import type { Metrics } from '../metrics';
import { applyStoredDoc } from './applyStoredDoc';
import { BoardRoom, type ClientHandle, type RoomLogger } from './BoardRoom';
import type { PendingLimits } from './PendingUpdateGuard';
import type { RoomSocket } from './RoomSocket';

/** Options of {@link RoomRegistry}. */
export interface RoomRegistryOptions {
  storage: BoardStorage;
  isLocked: (boardId: string) => boolean;
  /** Lock changes of a board (see `BoardRoomOptions.onLockChange`). */
  onLockChange?: (boardId: string, listener: (locked: boolean) => void) => () => void;
  metrics: Metrics;
  log: RoomLogger;
  /** Keep an empty room this long before storing and evicting it. */
  idleMs: number;
  compactMaxUpdates: number;
  compactMaxBytes: number;
  /** Bounds of updates waiting for their dependencies (see PendingUpdateGuard). @default defaultPendingLimits */
  pendingLimits?: PendingLimits;
  /** Called with each room as it opens, e.g. to share it with other instances (fan-out). */
  onRoomOpened?: (room: BoardRoom) => void;
}

/**
 * The live rooms of this process: creates a board's room on its first client, evicts it (after
 * storing a snapshot) once the last client has been gone for `idleMs`. A board being evicted
 * is reloaded only after its snapshot is stored, so a quick reconnect never reads stale state.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, BoardRoom>();
  /** Evictions in progress, by board id. */
  private readonly closing = new Map<string, Promise<void>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private shuttingDown = false;

  constructor(private readonly options: RoomRegistryOptions) {}

  /** Connects a client (whose board is known to exist) to the board's room. */
  join(boardId: string, socket: RoomSocket, role: Role): ClientHandle {
    const room = this.rooms.get(boardId) ?? this.createRoom(boardId);
    this.cancelIdle(boardId);
    return room.addClient(socket, role);
  }

  /** The live room of a board, if one is open. */
  get(boardId: string): BoardRoom | undefined {
    return this.rooms.get(boardId);
  }

  /**
   * Runs `read` on the board's current document: the live one when a room is open, otherwise
   * one loaded from storage for this call only.
   */
  async withDoc<T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const room = this.rooms.get(boardId);
    if (room) {
      await room.ready;
      if (room.isOpen) return read(room.doc);
    }
    await this.closing.get(boardId);
    const stored = await this.options.storage.load(boardId);
    const doc = new Y.Doc();
    try {
      applyStoredDoc(doc, stored);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Number of open rooms. */
  get roomCount(): number {
    return this.rooms.size;
  }

  /** Number of connected clients over all rooms. */
  get connectionCount(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.clientCount;
    return n;
  }

  /**
   * The board was deleted: its room's clients are closed with 4404 and the room is dropped
   * without storing it (storing would fail, and must not bring the board back).
   */
  discard(boardId: string): void {
    this.cancelIdle(boardId);
    const room = this.rooms.get(boardId);
    if (!room) return;
    this.rooms.delete(boardId);
    room.discard();
  }

  /** Stores and closes every room (server shutdown); clients get 1001. */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    await Promise.all([...rooms.map((room) => room.close('shutdown')), ...this.closing.values()]);
  }

  private createRoom(boardId: string): BoardRoom {
    const room = new BoardRoom({
      boardId,
      storage: this.options.storage,
      isLocked: this.options.isLocked,
      onLockChange: this.options.onLockChange,
      metrics: this.options.metrics,
      log: this.options.log,
      compactMaxUpdates: this.options.compactMaxUpdates,
      compactMaxBytes: this.options.compactMaxBytes,
      pendingLimits: this.options.pendingLimits,
      loadAfter: this.closing.get(boardId),
      onEmpty: (r) => this.scheduleIdle(r),
      onFailed: (r) => {
        if (this.rooms.get(boardId) === r) this.rooms.delete(boardId);
      },
    });
    this.rooms.set(boardId, room);
    this.options.onRoomOpened?.(room);
    return room;
  }

  private scheduleIdle(room: BoardRoom): void {
    if (this.shuttingDown) return;
    this.cancelIdle(room.boardId);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.boardId);
      if (room.clientCount === 0 && this.rooms.get(room.boardId) === room) this.evict(room);
    }, this.options.idleMs);
    timer.unref();
    this.idleTimers.set(room.boardId, timer);
  }

  private cancelIdle(boardId: string): void {
    const timer = this.idleTimers.get(boardId);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(boardId);
  }

  private evict(room: BoardRoom): void {
    const boardId = room.boardId;
    this.rooms.delete(boardId);
    const previous = this.closing.get(boardId) ?? Promise.resolve();
    const done = previous
      .then(() => room.close('idle'))
      .catch((error: unknown) => this.options.log.error({ err: error, boardId }, 'could not store board on eviction'))
      .finally(() => {
        if (this.closing.get(boardId) === done) this.closing.delete(boardId);
      });
    this.closing.set(boardId, done);
  }
}
