import type { Role } from '@gapboard/shared';

/** What a board address (a board id, or a view token standing for one) grants its caller. */
export interface BoardGrant {
  /** The real board id: for server use only, never sent to a caller that came with a view token. */
  boardId: string;
  role: Role;
  /** True when the caller addressed the board by a view token (read-only, board id hidden). */
  viaViewToken: boolean;
}

/**
 * Who may do what on a board: the seam between the board store (ids, facilitator key hash,
 * read-only tokens, lock) and the two live transports (Yjs websocket, socket.io meeting).
 */
export interface BoardAccess {
  /** The caller's role on the board, or null when the board does not exist. */
  roleFor(boardId: string, credentials: { key?: string; readToken?: string }): Promise<Role | null>;
  /**
   * Resolves `address` — a board id or a read-only view token (`v_…`) — with the caller's
   * credentials. A view token always grants `viewer`, whatever else is presented. Null when
   * no board answers to the address.
   */
  grantFor(address: string, credentials: { key?: string; readToken?: string }): Promise<BoardGrant | null>;
  /** Mints a new read-only token for the board (facilitator command). */
  mintReadToken(boardId: string): Promise<string>;
  /** Locks or unlocks the board: a locked board drops document writes from all but the facilitator. */
  setLocked(boardId: string, locked: boolean): Promise<void>;
  /** Current lock state; synchronous because the Yjs update path checks it on every write. */
  isLocked(boardId: string): boolean;
  /** Subscribes to lock changes of one board (so open rooms and meetings can react); returns unsubscribe. */
  onLockChange(boardId: string, listener: (locked: boolean) => void): () => void;
  /** Subscribes to board deletions (so open rooms and meetings can end); returns unsubscribe. */
  onBoardDeleted(listener: (boardId: string) => void): () => void;
}
