import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchemas, requirePostgres, testDatabaseUrl, uniqueSchemaName } from '../scaleout/testServices.testHelper';
import type { BoardStorage } from './BoardStorage';
import { runMigrations } from './migrations/postgresMigrations';
import { COMPACT_LOCK_CLASS, PostgresStorage } from './PostgresStorage';
import { describeStorageContract } from './storageContract';

const schemas = new Set<string>();
const schemaOf = new WeakMap<BoardStorage, string>();

function open(schema: string): PostgresStorage {
  schemas.add(schema);
  const storage = new PostgresStorage({ connectionString: testDatabaseUrl, schema, maxConnections: 4 });
  schemaOf.set(storage, schema);
  return storage;
}

beforeAll(requirePostgres);
afterAll(() => dropSchemas(schemas));

describeStorageContract(
  'postgres',
  async () => open(uniqueSchemaName()),
  async (closed) => open(schemaOf.get(closed)!),
);

describe('PostgresStorage', () => {
  const record = (id: string) => ({ id, createdAt: 1_700_000_000_000, facilitatorKeyHash: 'h', locked: false });
  const setting = (key: string, value: unknown) => {
    const doc = new Y.Doc();
    doc.getMap('m').set(key, value);
    return Y.encodeStateAsUpdate(doc);
  };
  const rebuild = async (storage: BoardStorage, id: string) => {
    const stored = await storage.load(id);
    const doc = new Y.Doc();
    for (const u of [stored.snapshot, ...stored.updates]) if (u) Y.applyUpdate(doc, u);
    return doc.getMap('m').toJSON();
  };

  it('migrates once when several instances start together, and records the version', async () => {
    const schema = uniqueSchemaName();
    const instances = [open(schema), open(schema), open(schema)];
    await Promise.all(instances.map((s) => s.whenReady()));
    const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>('SELECT version FROM gapboard_migrations');
      expect(rows.map((r) => r.version).sort((a, b) => a - b)).toEqual([1, 2]);
      expect(await runMigrations(client as unknown as pg.PoolClient)).toEqual([]);
    } finally {
      await client.end();
      await Promise.all(instances.map((s) => s.close()));
    }
  });

  it('keeps updates another instance appended when compacting with a snapshot that lacks them', async () => {
    const schema = uniqueSchemaName();
    const a = open(schema);
    const b = open(schema);
    try {
      await a.createBoard(record('board-1'), null);
      const fromA = setting('a', 1);
      await a.append('board-1', fromA);
      const seqB = await b.append('board-1', setting('b', 2)); // A's document never saw this one
      // A compacts with a snapshot of its own document only, up to the newest sequence.
      await a.compact('board-1', fromA, seqB);
      expect((await a.load('board-1')).updates).toHaveLength(0);
      expect(await rebuild(b, 'board-1')).toEqual({ a: 1, b: 2 });
      // B compacts later with its own stale view: A's earlier snapshot content survives too.
      const seqB2 = await b.append('board-1', setting('c', 3));
      await b.compact('board-1', setting('b', 2), seqB2);
      expect(await rebuild(a, 'board-1')).toEqual({ a: 1, b: 2, c: 3 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('skips compaction while another instance holds the board compaction lock', async () => {
    const schema = uniqueSchemaName();
    const storage = open(schema);
    const other = new pg.Client({ connectionString: testDatabaseUrl });
    await other.connect();
    try {
      await storage.createBoard(record('board-2'), null);
      const seq = await storage.append('board-2', setting('x', 1));
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [COMPACT_LOCK_CLASS, 'board-2']);
      await storage.compact('board-2', setting('x', 1), seq);
      expect((await storage.load('board-2')).updates).toHaveLength(1);
      await other.query('COMMIT');
      await storage.compact('board-2', setting('x', 1), seq);
      const after = await storage.load('board-2');
      expect(after.updates).toHaveLength(0);
      expect(await rebuild(storage, 'board-2')).toEqual({ x: 1 });
    } finally {
      await other.end();
      await storage.close();
    }
  });

  it('fails every call with the connection error when Postgres cannot be reached', async () => {
    const storage = new PostgresStorage({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
    await expect(storage.ping()).rejects.toThrow();
    await expect(storage.append('x', setting('k', 1))).rejects.toThrow();
    await storage.close();
  });
});
