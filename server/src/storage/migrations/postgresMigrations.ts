import type { PoolClient } from 'pg';

/** One schema change: applied once, in `version` order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The Postgres schema as ordered steps. Append new steps; never edit an applied one (instances
 * already running it would disagree with new ones about what version N means).
 */
export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'boards, update log, read tokens',
    sql: `
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        created_at BIGINT NOT NULL,
        facilitator_key_hash TEXT NOT NULL,
        locked BOOLEAN NOT NULL DEFAULT FALSE,
        snapshot BYTEA,
        snapshot_seq BIGINT NOT NULL DEFAULT 0
      );
      CREATE TABLE updates (
        seq BIGSERIAL PRIMARY KEY,
        board_id TEXT NOT NULL REFERENCES boards(id),
        data BYTEA NOT NULL
      );
      CREATE INDEX updates_by_board ON updates (board_id, seq);
      CREATE TABLE read_tokens (
        board_id TEXT NOT NULL REFERENCES boards(id),
        token_hash TEXT NOT NULL,
        PRIMARY KEY (board_id, token_hash)
      );
    `,
  },
  {
    version: 2,
    name: 'read tokens by hash (view tokens address their board)',
    sql: `CREATE INDEX read_tokens_by_hash ON read_tokens (token_hash);`,
  },
];

/**
 * Advisory lock key (first half) held while migrating, so that instances starting together
 * apply each step exactly once: the second waits, then finds nothing left to do.
 */
const MIGRATION_LOCK_KEY = 0x6761_7062; // "gapb"

/**
 * Brings the schema on `client`'s search path up to date (creating `schema` first, if given,
 * which must be a checked identifier): creates the migrations table if
 * needed, then applies every step newer than the recorded version, each with its record in
 * one transaction. Returns the versions it applied (empty when up to date).
 */
export async function runMigrations(
  client: PoolClient,
  migrations: readonly Migration[] = postgresMigrations,
  schema?: string,
): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, 0)', [MIGRATION_LOCK_KEY]);
    // Under the lock: CREATE SCHEMA IF NOT EXISTS is not safe against a concurrent twin.
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS gapboard_migrations (
         version INTEGER PRIMARY KEY,
         name TEXT NOT NULL,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM gapboard_migrations');
    const current = rows[0]?.version ?? 0;
    for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
      if (step.version <= current) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO gapboard_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      applied.push(step.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return applied;
}
