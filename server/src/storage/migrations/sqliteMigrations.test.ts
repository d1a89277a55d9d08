import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from '../SqliteStorage';
import { runSqliteMigrations, SQLITE_SCHEMA_VERSION, sqliteMigrations } from './sqliteMigrations';

const updateSetting = (key: string, value: unknown) => {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
};

/** A data directory as Gapboard wrote it before schema versions: step 1's tables, user_version 0. */
function legacyDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gapboard-legacy-'));
  const db = new Database(join(dir, 'gapboard.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(sqliteMigrations[0]!.sql);
  const insertBoard = db.prepare('INSERT INTO boards (id, created_at, facilitator_key_hash, snapshot, snapshot_seq) VALUES (?, 1, ?, ?, ?)');
  const insertUpdate = db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)');
  insertBoard.run('board-a', 'hash-a', null, 0);
  insertBoard.run('board-b', 'hash-b', Buffer.from(updateSetting('snap', 'b')), 0);
  insertUpdate.run('board-a', Buffer.from(updateSetting('one', 1))); // global seq 1
  insertUpdate.run('board-b', Buffer.from(updateSetting('two', 2))); // 2
  insertUpdate.run('board-a', Buffer.from(updateSetting('three', 3))); // 3
  insertUpdate.run('board-b', Buffer.from(updateSetting('gone', 4))); // 4, compacted below
  db.prepare('DELETE FROM updates WHERE seq = 4').run();
  db.prepare("UPDATE boards SET snapshot_seq = 4 WHERE id = 'board-b'").run();
  db.close();
  return dir;
}

function rebuild(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }): Record<string, unknown> {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc.getMap('m').toJSON();
}

describe('SQLite migrations', () => {
  let storage: SqliteStorage | null = null;
  afterEach(async () => {
    await storage?.close();
    storage = null;
  });

  it('creates the latest schema in a new file, and does nothing the second time', () => {
    const db = new Database(':memory:');
    expect(runSqliteMigrations(db)).toEqual(sqliteMigrations.map((m) => m.version));
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    expect(runSqliteMigrations(db)).toEqual([]);
    const sql = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'updates'").get()!.sql;
    expect(sql).toMatch(/WITHOUT ROWID/);
    db.close();
  });

  it('moves a pre-version file to the clustered log with its boards, updates and sequence numbers', async () => {
    const dir = legacyDataDir();
    storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0 });
    const a = await storage.load('board-a');
    expect(rebuild(a)).toEqual({ one: 1, three: 3 });
    expect(a.lastSeq).toBe(3);
    const b = await storage.load('board-b');
    expect(rebuild(b)).toEqual({ snap: 'b', two: 2 });
    // Later appends number above both the log and the snapshot of their board.
    expect(await storage.append('board-a', updateSetting('four', 4))).toBe(4);
    expect(await storage.append('board-b', updateSetting('five', 5))).toBe(5);
    expect((await storage.getRecord('board-b'))?.facilitatorKeyHash).toBe('hash-b');
    await storage.close();
    storage = null;

    const db = new Database(join(dir, 'gapboard.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    expect(db.prepare('SELECT board_id, seq FROM updates ORDER BY board_id, seq').all()).toEqual([
      { board_id: 'board-a', seq: 1 },
      { board_id: 'board-a', seq: 3 },
      { board_id: 'board-a', seq: 4 },
      { board_id: 'board-b', seq: 2 },
      { board_id: 'board-b', seq: 5 },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'updates%'").all()).toEqual([{ name: 'updates' }]);
    db.close();
  });

  it('leaves the file untouched when a step fails', () => {
    const db = new Database(':memory:');
    runSqliteMigrations(db, sqliteMigrations.slice(0, 1));
    const broken = [...sqliteMigrations.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE x (a); SELECT nonsense FROM nowhere;' }];
    expect(() => runSqliteMigrations(db, broken)).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'x'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file from a newer Gapboard', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    expect(() => runSqliteMigrations(db)).toThrow(/newer than this Gapboard knows/);
    db.close();
  });
});
