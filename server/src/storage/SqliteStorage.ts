import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BoardNotFoundError, type BoardRecord, type BoardStorage, type StoredDoc } from './BoardStorage';
import { DataDirLock } from './DataDirLock';
import type { PendingAppend } from './PendingAppend';
import { RecentSequences } from './RecentSequences';
import { toRecord, type BoardRow } from './sqliteBoardRow';
import { runSqliteMigrations } from './migrations/sqliteMigrations';
import { WalCheckpointer, type WalCheckpointResult } from './WalCheckpointer';

/** What {@link SqliteStorage} needs of a checkpointer (a fake in tests). */
export interface Checkpointer {
  checkpoint(): Promise<WalCheckpointResult>;
  close(): Promise<void>;
}

/** Options of {@link SqliteStorage}. */
export interface SqliteStorageOptions {
  /** Directory holding `gapboard.sqlite` (created if missing). */
  dataDir: string;
  /**
   * @default 'NORMAL' — with WAL a committed transaction survives a killed process; 'FULL' also
   * survives power loss (one fsync per group commit).
   */
  synchronous?: 'NORMAL' | 'FULL';
  /**
   * @default 1000 — how often (ms) the WAL is checkpointed off the event loop when something was
   * committed since the last checkpoint; 0: never on a timer (tests call `checkpointNow`).
   */
  checkpointIntervalMs?: number;
  /**
   * @default 4096 (16 MiB of 4 KiB pages) — once the WAL holds this many frames, a checkpoint
   * finishes with commits held back for its (short) last step, so the next commit starts the WAL
   * over from its beginning: this bounds the WAL file.
   */
  walRestartFrames?: number;
  /**
   * @default 10000 — how many boards' last sequence numbers are kept in memory (see insertUpdate);
   * past it the least recently written board's is dropped and read again on its next append.
   */
  rememberedBoards?: number;
  /** Where a failed checkpoint worker is reported. @default console */
  log?: { error(obj: object, msg?: string): void };
  /** @default a {@link WalCheckpointer} worker thread on the database file. */
  createCheckpointer?: (file: string, onFailure: (error: Error) => void) => Checkpointer;
}

/**
 * Boards in one SQLite file (WAL) under the data directory, via better-sqlite3.
 *
 * Durability by group commit: `append` queues the update and the queue is written in one
 * transaction on the next `setImmediate` turn, so every update received in one event-loop turn
 * (across all boards) shares one commit. The promise resolves only after the commit, and rooms
 * broadcast only after it resolves, so an update any peer has received is on disk — with WAL and
 * `synchronous=NORMAL` a commit survives `kill -9` of the process (not a power cut; use FULL).
 * Since that commit delays every broadcast, the log is clustered by (board, seq) and numbered
 * per board from memory, so a commit writes one page (see insertUpdate and sqliteMigrations).
 *
 * Checkpoints (copying the WAL into the database file, with an fsync of each) do not run on the
 * serving connection: SQLite's auto-checkpoint would run them synchronously inside a commit, on
 * the event loop, stalling every board for the fsyncs. A worker thread with its own connection
 * runs PASSIVE checkpoints instead (see {@link WalCheckpointer} and `checkpointNow`). If that
 * worker fails, the serving connection's auto-checkpoint is switched back on.
 */
export class SqliteStorage implements BoardStorage {
  private readonly db: Database.Database;
  /** Held from open to close: one process serves a data directory. */
  private readonly lock: DataDirLock;
  private queue: PendingAppend[] = [];
  /** Last sequence number used per board (see insertUpdate). One process serves a file. */
  private readonly lastSeqs: RecentSequences;
  private flushScheduled = false;
  private closed = false;
  private readonly stmt;
  private readonly insertBatch: (batch: PendingAppend[], seqs: number[]) => void;
  private checkpointer: Checkpointer | null;
  private readonly checkpointTimer: NodeJS.Timeout | null;
  private readonly walRestartFrames: number;
  private readonly log: { error(obj: object, msg?: string): void };
  /** Group commits since the current checkpoint started (or the last one ended). */
  private commitsSinceCheckpoint = 0;
  private checkpointRun: Promise<WalCheckpointResult | null> | null = null;
  /** Group commits wait while the last step of a WAL-restarting checkpoint runs (see runCheckpoint). */
  private holdCommits = false;

  /**
   * Opens (or creates) the database in `options.dataDir`, taking the directory's lock first.
   * @throws DataDirInUseError when another process serves the directory; SQLite's or the file
   *   system's error when the file cannot be opened or migrated (nothing is left open then).
   */
  constructor(options: SqliteStorageOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    const file = join(options.dataDir, 'gapboard.sqlite');
    this.lock = new DataDirLock(options.dataDir);
    let db: Database.Database | null = null;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0'); // checkpoints run on the worker (checkpointNow)
      db.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      runSqliteMigrations(db);
    } catch (error) {
      db?.close();
      this.lock.release();
      throw error;
    }
    this.db = db;
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
      insertUpdate: this.db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)'),
      lastSeq: this.db.prepare<[string], { last: number }>(
        'SELECT max(snapshot_seq, coalesce((SELECT max(seq) FROM updates WHERE board_id = boards.id), 0)) AS last FROM boards WHERE id = ?',
      ),
      setSnapshot: this.db.prepare(
        'UPDATE boards SET snapshot = ?, snapshot_seq = max(snapshot_seq, ?) WHERE id = ?',
      ),
      deleteUpdates: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?'),
      deleteBoardUpdates: this.db.prepare('DELETE FROM updates WHERE board_id = ?'),
      deleteBoardTokens: this.db.prepare('DELETE FROM read_tokens WHERE board_id = ?'),
      deleteBoard: this.db.prepare('DELETE FROM boards WHERE id = ?'),
      ping: this.db.prepare('SELECT 1'),
    };
    // Built once: better-sqlite3's transaction() makes a new wrapper each call (~20 µs of a
    // ~60 µs one-row group commit, measured).
    this.insertBatch = this.db.transaction((batch: PendingAppend[], seqs: number[]) => {
      for (const item of batch) seqs.push(this.insertUpdate(item));
    });
    this.walRestartFrames = options.walRestartFrames ?? 4096;
    this.lastSeqs = new RecentSequences(Math.max(1, options.rememberedBoards ?? 10_000));
    this.log = options.log ?? { error: (obj, msg) => console.error(msg, obj) };
    const onFailure = (error: Error) => this.checkpointerFailed(error);
    this.checkpointer = (options.createCheckpointer ?? ((f, fail) => new WalCheckpointer(f, fail)))(file, onFailure);
    const interval = options.checkpointIntervalMs ?? 1000;
    this.checkpointTimer =
      interval > 0
        ? setInterval(() => {
            if (this.commitsSinceCheckpoint > 0) void this.checkpointNow();
          }, interval).unref()
        : null;
  }

  /**
   * Checkpoints the WAL on the worker (a no-op resolving null once the worker failed or the
   * storage closed); concurrent calls share one run. A PASSIVE checkpoint leaves the frames
   * committed while it ran, so the WAL could never start over under steady writes: once it holds
   * `walRestartFrames` frames, a second, short checkpoint runs with group commits held back (they
   * queue, nothing blocks), after which the WAL is fully copied and the next commit rewinds it.
   */
  checkpointNow(): Promise<WalCheckpointResult | null> {
    this.checkpointRun ??= this.runCheckpoint().finally(() => {
      this.checkpointRun = null;
    });
    return this.checkpointRun;
  }

  private async runCheckpoint(): Promise<WalCheckpointResult | null> {
    const checkpointer = this.checkpointer;
    if (!checkpointer || this.closed) return null;
    try {
      this.commitsSinceCheckpoint = 0;
      let result = await checkpointer.checkpoint();
      const behind = this.commitsSinceCheckpoint > 0 || result.checkpointed < result.log;
      if (result.log >= this.walRestartFrames && behind && !this.closed) {
        this.holdCommits = true;
        try {
          result = await checkpointer.checkpoint();
        } finally {
          this.releaseCommits();
        }
      }
      return result;
    } catch {
      return null; // the worker reported its failure through checkpointerFailed
    }
  }

  private releaseCommits(): void {
    this.holdCommits = false;
    if (this.flushScheduled && !this.closed) this.flush();
  }

  /** The worker failed: log it and let the serving connection checkpoint again (bounded WAL). */
  private checkpointerFailed(error: Error): void {
    if (this.closed || !this.checkpointer) return;
    const checkpointer = this.checkpointer;
    this.checkpointer = null;
    if (this.checkpointTimer) clearInterval(this.checkpointTimer);
    this.db.pragma('wal_autocheckpoint = 1000');
    this.log.error({ err: error }, 'WAL checkpoint worker failed; checkpointing on the serving connection from now on');
    void checkpointer.close().catch(() => {});
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

  async deleteBoard(boardId: string): Promise<boolean> {
    this.assertOpen();
    this.flush(); // appends already queued for the board commit first, then go with it
    const run = this.db.transaction(() => {
      this.stmt.deleteBoardUpdates.run(boardId);
      this.stmt.deleteBoardTokens.run(boardId);
      return this.stmt.deleteBoard.run(boardId).changes > 0;
    });
    const existed = run();
    // The next append re-reads the board, finds none and rejects (see insertUpdate).
    this.lastSeqs.forget(boardId);
    return existed;
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
        setImmediate(this.scheduledFlush);
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
    if (this.checkpointTimer) clearInterval(this.checkpointTimer);
    const checkpointer = this.checkpointer;
    this.checkpointer = null;
    await checkpointer?.close().catch(() => {});
    this.db.close();
    this.lock.release();
  }

  /** The group commit on setImmediate; while commits are held, releaseCommits flushes instead. */
  private readonly scheduledFlush = (): void => {
    if (!this.holdCommits) this.flush();
  };

  /** Writes every queued append in one transaction; a failing batch is retried one by one. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    this.commitsSinceCheckpoint++;
    const seqs: number[] = [];
    try {
      this.insertBatch(batch, seqs);
    } catch {
      // One bad item (e.g. a board deleted meanwhile) must not fail the others: isolate it.
      for (const item of batch) {
        try {
          item.resolve(this.insertUpdate(item));
        } catch (error) {
          // Re-read this board's sequence next time, in case the file changed under us.
          this.lastSeqs.forget(item.boardId);
          item.reject(error);
        }
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(seqs[i]!));
  }

  /**
   * Inserts one update under the board's next sequence number. The number is kept in memory (one
   * indexed read on a board's first append), so a commit writes a single page of the clustered
   * log. It starts above the snapshot's sequence as well as the log's: compaction may have
   * emptied the log, and a reused number could be deleted by a compaction already under way.
   * Numbers skipped by a rolled-back batch leave harmless gaps.
   */
  private insertUpdate(item: PendingAppend): number {
    let last = this.lastSeqs.get(item.boardId);
    if (last === undefined) {
      const row = this.stmt.lastSeq.get(item.boardId);
      if (!row) throw new BoardNotFoundError(item.boardId);
      last = row.last;
    }
    const seq = last + 1;
    this.lastSeqs.remember(item.boardId, seq);
    this.stmt.insertUpdate.run(item.boardId, seq, item.update);
    return seq;
  }

  /** How many boards' sequence numbers are held in memory (bounded by `rememberedBoards`). */
  get rememberedSequenceCount(): number {
    return this.lastSeqs.size;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('storage is closed');
  }
}
