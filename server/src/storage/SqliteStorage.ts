import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BoardNotFoundError, type BoardRecord, type BoardStorage, type StoredDoc } from './BoardStorage';
import type { PendingAppend } from './PendingAppend';

/** Options of {@link SqliteStorage}. */
export interface SqliteStorageOptions {
  /** Directory holding `gapboard.sqlite` (created if missing). */
  dataDir: string;
  /**
   * @default 'NORMAL' — with WAL a committed transaction survives a killed process; 'FULL' also
   * survives power loss (one fsync per group commit).
   */
  synchronous?: 'NORMAL' | 'FULL';
}

interface BoardRow {
  id: string;
  created_at: number;
  facilitator_key_hash: string;
  locked: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  facilitator_key_hash TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0,
  snapshot BLOB,
  snapshot_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards(id),
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_board ON updates (board_id, seq);
CREATE TABLE IF NOT EXISTS read_tokens (
  board_id TEXT NOT NULL REFERENCES boards(id),
  token_hash TEXT NOT NULL,
  PRIMARY KEY (board_id, token_hash)
);
CREATE INDEX IF NOT EXISTS read_tokens_by_hash ON read_tokens (token_hash);
`;

/**
 * Boards in one SQLite file (WAL) under the data directory, via better-sqlite3.
 *
 * Durability by group commit: `append` queues the update and the queue is written in one
 * transaction on the next `setImmediate` turn, so every update received in one event-loop turn
 * (across all boards) shares one commit. The promise resolves only after the commit, and rooms
 * broadcast only after it resolves, so an update any peer has received is on disk — with WAL and
 * `synchronous=NORMAL` a commit survives `kill -9` of the process (not a power cut; use FULL).
 */
export class SqliteStorage implements BoardStorage {
  private readonly db: Database.Database;
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly stmt;

  constructor(options: SqliteStorageOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    this.db = new Database(join(options.dataDir, 'gapboard.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.stmt = {
      insertBoard: this.db.prepare(
        'INSERT INTO boards (id, created_at, facilitator_key_hash, locked, snapshot) VALUES (?, ?, ?, ?, ?)',
      ),
      getBoard: this.db.prepare<[string], BoardRow>(
        'SELECT id, created_at, facilitator_key_hash, locked FROM boards WHERE id = ?',
      ),
      setLocked: this.db.prepare('UPDATE boards SET locked = ? WHERE id = ?'),
      addToken: this.db.prepare('INSERT OR IGNORE INTO read_tokens (board_id, token_hash) VALUES (?, ?)'),
      hasToken: this.db.prepare('SELECT 1 FROM read_tokens WHERE board_id = ? AND token_hash = ?'),
      findByToken: this.db.prepare<[string], { board_id: string }>(
        'SELECT board_id FROM read_tokens WHERE token_hash = ? LIMIT 1',
      ),
      listBoards: this.db.prepare<[], { id: string }>('SELECT id FROM boards ORDER BY created_at'),
      getSnapshot: this.db.prepare<[string], { snapshot: Buffer | null; snapshot_seq: number }>(
        'SELECT snapshot, snapshot_seq FROM boards WHERE id = ?',
      ),
      getUpdates: this.db.prepare<[string], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq',
      ),
      insertUpdate: this.db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)'),
      setSnapshot: this.db.prepare(
        'UPDATE boards SET snapshot = ?, snapshot_seq = max(snapshot_seq, ?) WHERE id = ?',
      ),
      deleteUpdates: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?'),
      ping: this.db.prepare('SELECT 1'),
    };
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.stmt.ping.get();
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array | null): Promise<void> {
    this.assertOpen();
    this.stmt.insertBoard.run(
      record.id,
      record.createdAt,
      record.facilitatorKeyHash,
      record.locked ? 1 : 0,
      initialState ? Buffer.from(initialState) : null,
    );
  }

  async getRecord(boardId: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const row = this.stmt.getBoard.get(boardId);
    return row ? toRecord(row) : null;
  }

  async setLocked(boardId: string, locked: boolean): Promise<void> {
    this.assertOpen();
    const result = this.stmt.setLocked.run(locked ? 1 : 0, boardId);
    if (result.changes === 0) throw new BoardNotFoundError(boardId);
  }

  async addReadTokenHash(boardId: string, tokenHash: string): Promise<void> {
    this.assertOpen();
    if (!this.stmt.getBoard.get(boardId)) throw new BoardNotFoundError(boardId);
    this.stmt.addToken.run(boardId, tokenHash);
  }

  async hasReadTokenHash(boardId: string, tokenHash: string): Promise<boolean> {
    this.assertOpen();
    return this.stmt.hasToken.get(boardId, tokenHash) !== undefined;
  }

  async findBoardByReadTokenHash(tokenHash: string): Promise<string | null> {
    this.assertOpen();
    return this.stmt.findByToken.get(tokenHash)?.board_id ?? null;
  }

  async list(): Promise<string[]> {
    this.assertOpen();
    return this.stmt.listBoards.all().map((r) => r.id);
  }

  async load(boardId: string): Promise<StoredDoc> {
    this.assertOpen();
    this.flush(); // appends still queued for this board belong to its state
    const read = this.db.transaction(() => {
      const head = this.stmt.getSnapshot.get(boardId);
      if (!head) throw new BoardNotFoundError(boardId);
      return { head, rows: this.stmt.getUpdates.all(boardId) };
    });
    const { head, rows } = read();
    const updates = rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
    return {
      snapshot: head.snapshot ? new Uint8Array(head.snapshot) : null,
      updates,
      lastSeq: rows.at(-1)?.seq ?? head.snapshot_seq,
      updateBytes: updates.reduce((n, u) => n + u.byteLength, 0),
    };
  }

  append(boardId: string, update: Uint8Array): Promise<number> {
    if (this.closed) return Promise.reject(new Error('storage is closed'));
    return new Promise<number>((resolve, reject) => {
      // Copy: the caller may reuse its buffer before the group commit runs.
      this.queue.push({ boardId, update: update.slice(), resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async compact(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.assertOpen();
    const run = this.db.transaction(() => {
      const result = this.stmt.setSnapshot.run(Buffer.from(snapshot), upToSeq, boardId);
      if (result.changes === 0) throw new BoardNotFoundError(boardId);
      this.stmt.deleteUpdates.run(boardId, upToSeq);
    });
    run();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
  }

  /** Writes every queued append in one transaction; a failing batch is retried one by one. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const seqs: number[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          seqs.push(Number(this.stmt.insertUpdate.run(item.boardId, item.update).lastInsertRowid));
        }
      })();
    } catch {
      // One bad item (e.g. a board deleted meanwhile) must not fail the others: isolate it.
      for (const item of batch) {
        try {
          item.resolve(Number(this.stmt.insertUpdate.run(item.boardId, item.update).lastInsertRowid));
        } catch (error) {
          item.reject(isForeignKeyError(error) ? new BoardNotFoundError(item.boardId) : error);
        }
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(seqs[i]!));
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('storage is closed');
  }
}

function toRecord(row: BoardRow): BoardRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    facilitatorKeyHash: row.facilitator_key_hash,
    locked: row.locked === 1,
  };
}

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && /FOREIGN KEY/.test(error.message);
}
