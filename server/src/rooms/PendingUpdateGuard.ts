import type * as Y from 'yjs';

/** How much, and how long, a room lets Yjs hold back updates that wait for their dependencies. */
export interface PendingLimits {
  /**
   * @default 1 MiB — what a client sends while its sync is under way (edits made in the round
   * trip before its sync step 2) is a few kB; only a broken or hostile client sends more.
   */
  maxBytes: number;
  /**
   * @default 10000 — a sync step 2 arrives one round trip after the edits that wait for it; an
   * update still waiting after this will not be completed by its sender without a reconnect
   * (e.g. a participant whose write a locked board dropped).
   */
  maxMs: number;
}

/** The defaults documented on {@link PendingLimits}. */
export const defaultPendingLimits: PendingLimits = { maxBytes: 1024 * 1024, maxMs: 10_000 };

/** Bytes Yjs holds back in `doc` for missing dependencies. */
export function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
}

/** Forgets what Yjs holds back in `doc`; true if there was something. */
export function dropPending(doc: Y.Doc): boolean {
  const had = pendingBytes(doc) > 0;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return had;
}

/**
 * Keeps Yjs's pending updates of a room in bounds. An update whose dependencies the server lacks
 * is held back by Yjs: not stored, not relayed, but carried in every sync reply and snapshot.
 * That is normal for a moment — a client that edited offline and edits again while reconnecting
 * sends the new edit before its sync step 2 — but a client that never completes it (hostile, or
 * whose earlier write was dropped) would keep it, and add to it, for as long as the room lives.
 * Past `maxBytes`, or once `maxMs` passed without the dependencies arriving, the pending part is
 * dropped and the clients that added to it are asked to resynchronise: on reconnecting, their
 * sync step 2 sends everything the server lacks, dependencies included.
 */
export class PendingUpdateGuard<Client> {
  private readonly contributors = new Set<Client>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly limits: PendingLimits,
    /** Called with the clients to ask for a resync once their pending updates were dropped. */
    private readonly onDropped: (clients: Client[]) => void,
  ) {}

  /** Call after applying `client`'s update, with {@link pendingBytes} from just before. */
  afterApply(client: Client, bytesBefore: number): void {
    const bytes = pendingBytes(this.doc);
    if (bytes === 0) {
      this.reset();
      return;
    }
    if (bytes > bytesBefore) this.contributors.add(client);
    // Pending left by other instances' updates waits for their own resynchronisation.
    if (this.contributors.size === 0) return;
    if (bytes > this.limits.maxBytes) {
      this.drop();
      return;
    }
    if (!this.timer) {
      this.timer = setTimeout(() => this.drop(), this.limits.maxMs);
      this.timer.unref();
    }
  }

  /** Stops the timer (the room closes). */
  close(): void {
    this.reset();
  }

  private drop(): void {
    const clients = [...this.contributors];
    this.reset();
    // Completed meanwhile (e.g. by another instance's update): nothing to drop, nobody to ask.
    if (dropPending(this.doc)) this.onDropped(clients);
  }

  private reset(): void {
    this.contributors.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
