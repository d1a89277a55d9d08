import * as Y from 'yjs';
import { BoardNotFoundError, type BoardStorage } from '../storage/BoardStorage';
import type { Metrics } from '../metrics';
import type { RoomLogger } from './BoardRoom';

/** Options of {@link LogCompactor}. */
export interface LogCompactorOptions {
  boardId: string;
  doc: Y.Doc;
  storage: BoardStorage;
  metrics: Metrics;
  log: RoomLogger;
  /** Compact past this many logged updates… */
  maxUpdates: number;
  /** …or this many logged bytes. */
  maxBytes: number;
}

/**
 * Tracks one board's update log since its last snapshot and folds it into a new snapshot when
 * it grows too long. The snapshot is encoded on a later event-loop turn, off the update path,
 * because it costs time proportional to the document. Only updates up to the last committed
 * sequence number are dropped; appends still in flight stay in the log (the snapshot may
 * contain them too, which is harmless).
 */
export class LogCompactor {
  private lastSeq = 0;
  private count = 0;
  private bytes = 0;
  private running: Promise<void> | null = null;

  constructor(private readonly options: LogCompactorOptions) {}

  /** Starts from what storage returned on load. */
  reset(lastSeq: number, count: number, bytes: number): void {
    this.lastSeq = lastSeq;
    this.count = count;
    this.bytes = bytes;
  }

  /** Records a committed append. */
  appended(seq: number, bytes: number): void {
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.count++;
    this.bytes += bytes;
  }

  /** Whether any update was logged since the last snapshot. */
  get pending(): boolean {
    return this.count > 0;
  }

  /** Schedules a compaction if the log is past a limit and none is running. */
  maybeCompact(): void {
    if (this.running) return;
    if (this.count <= this.options.maxUpdates && this.bytes <= this.options.maxBytes) return;
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.compactNow())
      .finally(() => {
        this.running = null;
      });
  }

  /** Resolves when no compaction is running. */
  async idle(): Promise<void> {
    if (this.running) await this.running;
  }

  /** Writes a snapshot of the document now. Never throws: a failure is logged and counted. */
  async compactNow(): Promise<void> {
    const { boardId, doc, storage, metrics, log } = this.options;
    const upToSeq = this.lastSeq;
    const count = this.count;
    const bytes = this.bytes;
    try {
      await storage.compact(boardId, Y.encodeStateAsUpdate(doc), upToSeq);
      this.count -= count;
      this.bytes -= bytes;
      metrics.compactions++;
    } catch (error) {
      if (error instanceof BoardNotFoundError) return; // deleted meanwhile: nothing to keep
      metrics.storageErrors++;
      log.error({ err: error, boardId }, 'could not compact board');
    }
  }
}
