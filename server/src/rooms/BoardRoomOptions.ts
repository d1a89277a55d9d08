import type { BoardStorage } from '../storage/BoardStorage';
import type { Metrics } from '../metrics';
import type { BoardRoom } from './BoardRoom';
import type { PendingLimits } from './PendingUpdateGuard';

/** The few logger methods the room uses (pino and Fastify's logger fit). */
export interface RoomLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Options of {@link BoardRoom}. */
export interface BoardRoomOptions {
  boardId: string;
  storage: BoardStorage;
  /** Synchronous lock check (`BoardAccess.isLocked`), asked on every write. */
  isLocked: (boardId: string) => boolean;
  /**
   * Lock changes of this board (`BoardAccess.onLockChange`), wherever they come from: this
   * instance's meeting, HTTP, or another instance over the fan-out. On unlock the room asks the
   * clients whose writes it refused for them again. Returns unsubscribe.
   */
  onLockChange?: (boardId: string, listener: (locked: boolean) => void) => () => void;
  metrics: Metrics;
  log: RoomLogger;
  /** Compact the update log into a snapshot past this many updates… */
  compactMaxUpdates: number;
  /** …or this many bytes. */
  compactMaxBytes: number;
  /** How long and how much Yjs may hold back updates waiting for dependencies. @default defaultPendingLimits */
  pendingLimits?: PendingLimits;
  /** Resolves when storage is free to load this board (a previous room of it has been stored). */
  loadAfter?: Promise<void>;
  /** Called when the last client left. */
  onEmpty?: (room: BoardRoom) => void;
  /** Called when the room gave up (storage failure); its clients have been closed. */
  onFailed?: (room: BoardRoom) => void;
}
