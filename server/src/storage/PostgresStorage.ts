import pg from 'pg';
import * as Y from 'yjs';
import { BoardNotFoundError, type BoardRecord, type BoardStorage, type StoredDoc } from './BoardStorage';
import { runMigrations } from './migrations/postgresMigrations';
import type { PendingAppend } from './PendingAppend';

/** Options of {@link PostgresStorage}. */
export interface PostgresStorageOptions {
  /** `postgres://user@host:port/db` */
  connectionString: string;
  /** Schema holding the tables (created if missing). @default 'public' — tests use one schema each. */
  schema?: string;
  /** @default 10 — pool size; appends use one connection at a time (group commit). */
  maxConnections?: number;
  /**
   * @default 10000 — how long a connection attempt or a query may wait for Postgres (ms). Without
   * it a partitioned database (no reset, no answer) would leave requests and appends hanging.
   */
  timeoutMs?: number;
}

interface BoardRow {
  id: string;
  created_at: string;
  facilitator_key_hash: string;
  locked: boolean;
}

/** First half of the advisory lock key taken while compacting a board ("gbcp"). */
export const COMPACT_LOCK_CLASS = 0x6762_6370;

const FOREIGN_KEY_VIOLATION = '23503';

/**
 * Boards in Postgres, for several server instances sharing one database.
 *
 * - Schema by migration at start ({@link runMigrations}), in `schema` (created if missing).
 * - Durable append by group commit: appends queue up while one transaction is in flight and the
 *   next transaction writes the whole queue; a promise resolves only after its COMMIT.
 * - Compaction is safe with several writers: only one instance compacts a board at a time
 *   (`pg_try_advisory_xact_lock`; a busy board is simply skipped, the next trigger retries),
 *   and the new snapshot is the merge of the given snapshot, the stored snapshot and every
 *   update it replaces — an instance whose document has not yet received another instance's
 *   updates (pub/sub in flight) therefore cannot drop them.
 */
export class PostgresStorage implements BoardStorage {
  private readonly pool: pg.Pool;
  private readonly ready: Promise<void>;
  private queue: PendingAppend[] = [];
  /** The group commit in flight, if any. */
  private flushing: Promise<void> | null = null;
  /** Settles when the latest append settles (never rejects). */
  private lastAppend: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: PostgresStorageOptions) {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      options: `-c search_path=${schema}`,
      connectionTimeoutMillis: options.timeoutMs ?? 10_000,
      query_timeout: options.timeoutMs ?? 10_000,
      keepAlive: true,
    });
    // An idle client losing its connection (Postgres restart) must not crash the process.
    this.pool.on('error', () => {});
    this.ready = this.migrate(schema);
    this.ready.catch(() => {}); // reported by every call that awaits it
  }

  /** Resolves once the schema is migrated; rejects with the connection or migration error. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  async ping(): Promise<void> {
    await this.open();
    await this.pool.query('SELECT 1');
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array | null): Promise<void> {
    await this.open();
    await this.pool.query(
      'INSERT INTO boards (id, created_at, facilitator_key_hash, locked, snapshot) VALUES ($1, $2, $3, $4, $5)',
      [record.id, record.createdAt, record.facilitatorKeyHash, record.locked, initialState ? Buffer.from(initialState) : null],
    );
  }

  async getRecord(boardId: string): Promise<BoardRecord | null> {
    await this.open();
    const { rows } = await this.pool.query<BoardRow>(
      'SELECT id, created_at, facilitator_key_hash, locked FROM boards WHERE id = $1',
      [boardId],
    );
    const row = rows[0];
    return row
      ? { id: row.id, createdAt: Number(row.created_at), facilitatorKeyHash: row.facilitator_key_hash, locked: row.locked }
      : null;
  }

  async setLocked(boardId: string, locked: boolean): Promise<void> {
    await this.open();
    const result = await this.pool.query('UPDATE boards SET locked = $1 WHERE id = $2', [locked, boardId]);
    if (result.rowCount === 0) throw new BoardNotFoundError(boardId);
  }

  async addReadTokenHash(boardId: string, tokenHash: string): Promise<void> {
    await this.open();
    try {
      await this.pool.query('INSERT INTO read_tokens (board_id, token_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        boardId,
        tokenHash,
      ]);
    } catch (error) {
      throw isForeignKeyViolation(error) ? new BoardNotFoundError(boardId) : error;
    }
  }

  async hasReadTokenHash(boardId: string, tokenHash: string): Promise<boolean> {
    await this.open();
    const { rowCount } = await this.pool.query('SELECT 1 FROM read_tokens WHERE board_id = $1 AND token_hash = $2', [
      boardId,
      tokenHash,
    ]);
    return (rowCount ?? 0) > 0;
  }

  async findBoardByReadTokenHash(tokenHash: string): Promise<string | null> {
    await this.open();
    const { rows } = await this.pool.query<{ board_id: string }>(
      'SELECT board_id FROM read_tokens WHERE token_hash = $1 LIMIT 1',
      [tokenHash],
    );
    return rows[0]?.board_id ?? null;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    await this.open();
    await this.drain(); // this instance's queued appends commit first, then go with the board
    return this.transaction('BEGIN', async (client) => {
      // Locking the row first makes another instance's concurrent append wait for this
      // transaction and then fail on the foreign key, instead of failing the delete.
      const head = await client.query('SELECT 1 FROM boards WHERE id = $1 FOR UPDATE', [boardId]);
      if ((head.rowCount ?? 0) === 0) return false;
      await client.query('DELETE FROM updates WHERE board_id = $1', [boardId]);
      await client.query('DELETE FROM read_tokens WHERE board_id = $1', [boardId]);
      await client.query('DELETE FROM boards WHERE id = $1', [boardId]);
      return true;
    });
  }

  async list(): Promise<string[]> {
    await this.open();
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM boards ORDER BY created_at, id');
    return rows.map((r) => r.id);
  }

  async load(boardId: string): Promise<StoredDoc> {
    await this.open();
    await this.drain(); // appends still queued belong to the state
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const head = await client.query<{ snapshot: Buffer | null; snapshot_seq: string }>(
        'SELECT snapshot, snapshot_seq FROM boards WHERE id = $1',
        [boardId],
      );
      const row = head.rows[0];
      if (!row) throw new BoardNotFoundError(boardId);
      const log = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE board_id = $1 ORDER BY seq',
        [boardId],
      );
      const updates = log.rows.map((r) => new Uint8Array(r.data));
      return {
        snapshot: row.snapshot ? new Uint8Array(row.snapshot) : null,
        updates,
        lastSeq: Number(log.rows.at(-1)?.seq ?? row.snapshot_seq),
        updateBytes: updates.reduce((n, u) => n + u.byteLength, 0),
      };
    });
  }

  append(boardId: string, update: Uint8Array): Promise<number> {
    if (this.closed) return Promise.reject(new Error('storage is closed'));
    const appended = new Promise<number>((resolve, reject) => {
      // Copy: the caller may reuse its buffer before the group commit runs.
      this.queue.push({ boardId, update: update.slice(), resolve, reject });
      this.scheduleFlush();
    });
    this.lastAppend = appended.then(
      () => {},
      () => {},
    );
    return appended;
  }

  async compact(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    await this.open();
    await this.transaction('BEGIN', async (client) => {
      const lock = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked', [
        COMPACT_LOCK_CLASS,
        boardId,
      ]);
      if (!lock.rows[0]?.locked) return; // another instance is compacting this board right now
      const head = await client.query<{ snapshot: Buffer | null }>('SELECT snapshot FROM boards WHERE id = $1 FOR UPDATE', [
        boardId,
      ]);
      const row = head.rows[0];
      if (!row) throw new BoardNotFoundError(boardId);
      const replaced = await client.query<{ data: Buffer }>(
        'SELECT data FROM updates WHERE board_id = $1 AND seq <= $2 ORDER BY seq',
        [boardId, upToSeq],
      );
      // A CRDT merge is a union: whatever the caller's snapshot lacks (another instance's
      // update still in flight to it, another instance's earlier compaction) is kept.
      const parts = [row.snapshot, snapshot, ...replaced.rows.map((r) => r.data)].filter((p): p is NonNullable<typeof p> => p !== null);
      const merged = parts.length === 1 ? snapshot : Y.mergeUpdates(parts.map((p) => new Uint8Array(p)));
      await client.query('UPDATE boards SET snapshot = $1, snapshot_seq = GREATEST(snapshot_seq, $2) WHERE id = $3', [
        Buffer.from(merged),
        upToSeq,
        boardId,
      ]);
      await client.query('DELETE FROM updates WHERE board_id = $1 AND seq <= $2', [boardId, upToSeq]);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ready.catch(() => {});
    await this.drain();
    while (this.flushing) await this.flushing; // closed: no new appends, so this ends
    await this.pool.end();
  }

  private async migrate(schema: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await runMigrations(client, undefined, schema);
    } finally {
      client.release();
    }
  }

  private async open(): Promise<void> {
    if (this.closed) throw new Error('storage is closed');
    await this.ready;
  }

  private scheduleFlush(): void {
    if (this.flushing) return; // the running flush picks the queue up when it is done
    this.flushing = this.flushLoop().finally(() => {
      this.flushing = null;
    });
  }

  /**
   * Resolves once every append made so far is settled. Batches commit in order, so waiting for
   * the latest is enough — and appends made later (a busy server) do not hold the caller up.
   */
  private async drain(): Promise<void> {
    await this.lastAppend;
  }

  private async flushLoop(): Promise<void> {
    await new Promise((r) => setImmediate(r)); // gather the appends of this event-loop turn
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      await this.flush(batch);
    }
  }

  /** Writes `batch` in one transaction; when that fails, each item alone so one bad item fails only itself. */
  private async flush(batch: PendingAppend[]): Promise<void> {
    try {
      await this.ready;
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    let seqs: number[];
    try {
      seqs = await this.transaction('BEGIN', async (client) => {
        const out: number[] = [];
        for (const item of batch) out.push(await this.insertUpdate(client, item));
        return out;
      });
    } catch {
      for (const item of batch) {
        try {
          item.resolve(await this.insertUpdate(this.pool, item));
        } catch (error) {
          item.reject(isForeignKeyViolation(error) ? new BoardNotFoundError(item.boardId) : error);
        }
      }
      return;
    }
    batch.forEach((item, i) => item.resolve(seqs[i]!));
  }

  private async insertUpdate(db: pg.Pool | pg.PoolClient, item: PendingAppend): Promise<number> {
    const { rows } = await db.query<{ seq: string }>('INSERT INTO updates (board_id, data) VALUES ($1, $2) RETURNING seq', [
      item.boardId,
      Buffer.from(item.update),
    ]);
    return Number(rows[0]!.seq);
  }

  private async transaction<T>(begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    /** Set when the connection is no longer fit for reuse; the pool then drops it. */
    let broken: Error | undefined;
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back (timed out, reset) is dropped, not reused.
      await client.query('ROLLBACK').catch(() => {
        broken = error instanceof Error ? error : new Error(String(error));
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION;
}
