import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** What `PRAGMA wal_checkpoint(PASSIVE)` reports, in WAL frames. */
export interface WalCheckpointResult {
  /** 1 if the checkpoint could not run (another checkpoint held the lock). */
  busy: number;
  /** Frames in the WAL. */
  log: number;
  /** Frames of the WAL copied into the database file. */
  checkpointed: number;
}

/**
 * The worker's whole program (eval'd, so it needs no file of its own next to the bundle): its
 * own better-sqlite3 connection to the database, one PASSIVE checkpoint per request. PASSIVE
 * never waits on the serving connection (no busy handler), so the serving connection keeps
 * committing while the worker copies WAL frames into the database file and fsyncs both files.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('wal_autocheckpoint = 0');
parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ id: message.id, result: row });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String(error && error.message || error) });
  }
});
`;

/**
 * Runs SQLite WAL checkpoints on a worker thread with its own connection, so their fsyncs
 * (tens of ms on a busy disk) never block the event loop. One checkpoint at a time.
 *
 * If the worker fails (cannot open the file, a checkpoint throws, the thread dies) `onFailure`
 * is called once and every later `checkpoint()` rejects; the owner falls back to checkpointing on
 * its own connection. A checkpoint only copies committed data from the WAL into the database
 * file, so a failed one loses nothing.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: WalCheckpointResult) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;
  private closing = false;
  private readonly exited: Promise<void>;

  constructor(file: string, private readonly onFailure: (error: Error) => void) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(workerSource, { eval: true, workerData: { file, driver } });
    this.worker.unref(); // an idle checkpointer must not keep the process alive
    this.worker.on('message', (message: { id: number; result?: WalCheckpointResult; error?: string }) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) {
        const error = new Error(`WAL checkpoint failed: ${message.error}`);
        waiter.reject(error);
        this.fail(error);
      } else {
        waiter.resolve(message.result!);
      }
    });
    this.worker.on('error', (error) => this.fail(error));
    this.exited = new Promise((resolve) => {
      this.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`WAL checkpoint worker exited (code ${code})`));
        resolve();
      });
    });
  }

  /** Runs one PASSIVE checkpoint on the worker. */
  checkpoint(): Promise<WalCheckpointResult> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error('WAL checkpointer is closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'checkpoint', id });
    });
  }

  /** Closes the worker's connection and waits for the thread to end. */
  async close(): Promise<void> {
    if (this.closing) return this.exited;
    this.closing = true;
    if (this.failure) await this.worker.terminate();
    else this.worker.postMessage({ type: 'close' });
    await this.exited;
    this.rejectPending(new Error('WAL checkpointer is closed'));
  }

  private fail(error: Error): void {
    if (this.failure || this.closing) return;
    this.failure = error;
    this.rejectPending(error);
    void this.worker.terminate();
    this.onFailure(error);
  }

  private rejectPending(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
