import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WalCheckpointer } from './WalCheckpointer';

describe('WalCheckpointer', () => {
  it('copies the WAL of another connection into the database file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gapboard-ckpt-')), 'db.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x)');
    for (let i = 0; i < 50; i++) db.prepare('INSERT INTO t VALUES (?)').run(i);
    const failures: Error[] = [];
    const checkpointer = new WalCheckpointer(file, (e) => failures.push(e));
    const result = await checkpointer.checkpoint();
    expect(result.busy).toBe(0);
    expect(result.log).toBeGreaterThanOrEqual(50);
    expect(result.checkpointed).toBe(result.log);
    await checkpointer.close();
    expect(failures).toEqual([]);
    db.close();
  });

  it('reports a worker that cannot work once, and rejects every checkpoint after', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'gapboard-ckpt-')), 'missing.sqlite');
    const failures: Error[] = [];
    let reported!: () => void;
    const failed = new Promise<void>((resolve) => (reported = resolve));
    const checkpointer = new WalCheckpointer(missing, (e) => {
      failures.push(e);
      reported();
    });
    await expect(checkpointer.checkpoint()).rejects.toThrow();
    await failed;
    await expect(checkpointer.checkpoint()).rejects.toThrow();
    await checkpointer.close();
    expect(failures).toHaveLength(1);
  });
});
