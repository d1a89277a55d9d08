import type { Role } from '@gapboard/shared';

/**
 * Who may do what on a board: the seam between the board store (ids, facilitator key hash,
 * read-only tokens, lock) and the two live transports (Yjs websocket, socket.io meeting).
 */
export interface BoardAccess {
  /** The caller's role on the board, or null when the board does not exist. */
  roleFor(boardId: string, credentials: { key?: string; readToken?: string }): Promise<Role | null>;
  /** Mints a new read-only token for the board (facilitator command). */
  mintReadToken(boardId: string): Promise<string>;
  /** Locks or unlocks the board: a locked board drops document writes from all but the facilitator. */
  setLocked(boardId: string, locked: boolean): Promise<void>;
  /** Current lock state; synchronous because the Yjs update path checks it on every write. */
  isLocked(boardId: string): boolean;
  /** Subscribes to lock changes of one board (so open rooms and meetings can react); returns unsubscribe. */
  onLockChange(boardId: string, listener: (locked: boolean) => void): () => void;
}
