/**
 * Durable storage of boards: a record per board (who may do what) and the board's Yjs state as
 * a snapshot plus an append-only log of updates. The room logic sees only this interface, so
 * SQLite (default), Postgres (scale) and memory (unit tests) are interchangeable; the same
 * contract suite (`storageContract.ts`) runs against each of them.
 */
export interface BoardStorage {
  /** Resolves once the backing store answers (health check). */
  ping(): Promise<void>;

  /** Creates a board with its record and its initial document state, atomically. */
  createBoard(record: BoardRecord, initialState: Uint8Array | null): Promise<void>;
  /** The board's record, or null when no such board exists. */
  getRecord(boardId: string): Promise<BoardRecord | null>;
  /** Persists the lock flag of an existing board. */
  setLocked(boardId: string, locked: boolean): Promise<void>;
  /** Remembers the hash of a minted read-only token. */
  addReadTokenHash(boardId: string, tokenHash: string): Promise<void>;
  /** Whether `tokenHash` is one of the board's read-only token hashes. */
  hasReadTokenHash(boardId: string, tokenHash: string): Promise<boolean>;
  /**
   * The board a read-only token hash was minted for, or null when no board has it. Backed by
   * an index on the hash: view tokens are looked up on every connection made with one.
   */
  findBoardByReadTokenHash(tokenHash: string): Promise<string | null>;
  /**
   * Deletes the board for good: its record, snapshot, update log and read-only token hashes, in
   * one transaction. Appends queued before the call settle first (and are deleted with the rest);
   * appends and compactions after it reject with {@link BoardNotFoundError}, so nothing can bring
   * the board back. Resolves false when there was no such board.
   */
  deleteBoard(boardId: string): Promise<boolean>;
  /** Ids of every stored board. */
  list(): Promise<string[]>;

  /** The stored document state: the latest snapshot (if any) and the updates appended after it. */
  load(boardId: string): Promise<StoredDoc>;
  /**
   * Appends one update to the board's log. Resolves with the update's sequence number once the
   * update is durable (committed); callers broadcast only after that.
   */
  append(boardId: string, update: Uint8Array): Promise<number>;
  /**
   * Replaces the snapshot with `snapshot` and drops the logged updates with a sequence number up
   * to `upToSeq`, which the snapshot must already contain. Atomic: a concurrent `load` sees the
   * state either before or after.
   */
  compact(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;

  /** Flushes pending writes and releases the store; later calls reject. */
  close(): Promise<void>;
}

/** What the server keeps about a board besides its document. Secrets only as hashes. */
export interface BoardRecord {
  id: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** sha256 (base64url) of the facilitator key. */
  facilitatorKeyHash: string;
  locked: boolean;
}

/** A board's stored Yjs state. Applying `snapshot` then `updates` in order rebuilds the document. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update in `updates` (or of the last compacted one; 0 when none). */
  lastSeq: number;
  /** Total bytes of `updates` (drives compaction). */
  updateBytes: number;
}

/** Raised for operations on a board that does not exist. */
export class BoardNotFoundError extends Error {
  override readonly name = 'BoardNotFoundError';
  readonly code = 'board-not-found';
  constructor(readonly boardId: string) {
    super(`board not found: ${boardId}`);
  }
}
