import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The lock file's name in the data directory. */
export const DATA_DIR_LOCK_FILE = 'gapboard.lock';

/** Raised when another process already serves the data directory. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  readonly code = 'data-dir-in-use';
  constructor(readonly dataDir: string) {
    super(
      `another Gapboard process is already serving this DATA_DIR (${dataDir}); one process serves a data directory: stop the other one, or give this one another DATA_DIR (several instances share boards through DATABASE_URL and REDIS_URL)`,
    );
  }
}

/**
 * An exclusive lock on the data directory, held for as long as this process serves it. Two
 * processes on one SQLite file do not see each other's edits, number their updates from their
 * own memory and compact with snapshots that lack the other's updates: each silently deletes
 * what the other stored. The lock is a small SQLite file held in exclusive locking mode, so the
 * operating system releases it when the process ends in any way (`kill -9` included); there is
 * no stale lock to clean up.
 */
export class DataDirLock {
  private db: Database.Database | null;

  /** @throws DataDirInUseError when another process (or another storage in this one) holds it. */
  constructor(dataDir: string) {
    const db = new Database(join(dataDir, DATA_DIR_LOCK_FILE), { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = MEMORY'); // the holder row needs no rollback journal on disk
      // A write takes the exclusive lock, which exclusive locking mode keeps until close.
      db.exec('BEGIN EXCLUSIVE');
      db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since INTEGER NOT NULL)');
      db.exec('DELETE FROM holder');
      db.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(process.pid, Date.now());
      db.exec('COMMIT');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataDirInUseError(dataDir);
      throw error;
    }
    this.db = db;
  }

  /** Releases the lock (idempotent). */
  release(): void {
    this.db?.close();
    this.db = null;
  }
}
