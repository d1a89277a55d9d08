import type Database from 'better-sqlite3';

/** One step of the SQLite schema: applied once, in `version` order, in one transaction. */
export interface SqliteMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The SQLite schema as ordered steps; the applied version is the file's `PRAGMA user_version`.
 * Append new steps; never edit an applied one. Step 1 is written with IF NOT EXISTS because
 * files made before versioning have its tables and user_version 0.
 */
export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'boards, update log, read tokens',
    sql: `
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
    `,
  },
  {
    // Every update is committed before peers see it, so the commit is on the latency path. The
    // rowid log wrote three pages per commit (table leaf, index leaf, sqlite_sequence); clustered
    // by (board_id, seq) it writes one. Sequence numbers become per board (the storage keeps the
    // next one in memory); the copied ones keep their values, so snapshot_seq stays meaningful.
    version: 2,
    name: 'update log clustered by board (one page per commit)',
    sql: `
      CREATE TABLE updates_by_board_seq (
        board_id TEXT NOT NULL REFERENCES boards(id),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (board_id, seq)
      ) WITHOUT ROWID;
      INSERT INTO updates_by_board_seq (board_id, seq, data) SELECT board_id, seq, data FROM updates;
      DROP TABLE updates;
      ALTER TABLE updates_by_board_seq RENAME TO updates;
    `,
  },
];

/** The schema version this code expects. */
export const SQLITE_SCHEMA_VERSION = sqliteMigrations.at(-1)!.version;

/**
 * Brings `db` up to date, each step with its version number in one transaction. Returns the
 * versions applied (empty when up to date). A file from a newer Gapboard is refused rather than
 * written with an older idea of its tables.
 */
export function runSqliteMigrations(db: Database.Database, migrations: readonly SqliteMigration[] = sqliteMigrations): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`The database schema is version ${current}, newer than this Gapboard knows (${latest}); use a newer Gapboard or another DATA_DIR.`);
  }
  const applied: number[] = [];
  for (const step of migrations) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    })();
    applied.push(step.version);
  }
  return applied;
}
