import * as Y from 'yjs';
import { encodeUpdateMessage } from './yMessages';

/** A committed update waiting to be broadcast: the update, its message frame, and who sent it. */
export interface OutgoingUpdate {
  update: Uint8Array;
  message: Uint8Array;
  origin: unknown;
}

/**
 * Updates whose commits completed together (one group commit) are broadcast as one batch, after
 * the microtasks of that commit ran: one merged frame per client. Under light load that is one
 * update per frame; under heavy load the fan-out cost (a send per client per frame) stops
 * growing with the update rate, which is what keeps latency bounded when the server is busy.
 */
export class UpdateOutbox {
  private queued: OutgoingUpdate[] = [];

  constructor(private readonly broadcast: (batch: BatchFrames) => void) {}

  add(entry: OutgoingUpdate): void {
    this.queued.push(entry);
    if (this.queued.length === 1) process.nextTick(this.flush);
  }

  private readonly flush = (): void => {
    const batch = this.queued;
    this.queued = [];
    if (batch.length > 0) this.broadcast(new BatchFrames(batch));
  };
}

/** The frame each client gets of one batch: everyone's updates but its own, merged. */
export class BatchFrames {
  private readonly origins: Set<unknown>;
  /** The whole batch as one frame, encoded once for every client that wrote none of it. */
  private all: Uint8Array | null = null;

  constructor(private readonly batch: readonly OutgoingUpdate[]) {
    this.origins = new Set(batch.map((b) => b.origin));
  }

  /** The frame for `client`, or null when the batch holds nothing but its own updates. */
  for(client: unknown): Uint8Array | null {
    if (this.batch.length === 1) return this.batch[0]!.origin === client ? null : this.batch[0]!.message;
    if (!this.origins.has(client)) return (this.all ??= encodeUpdateMessage(Y.mergeUpdates(this.batch.map((b) => b.update))));
    // A writer gets the others' updates of the batch, never its own back.
    const others = this.batch.filter((b) => b.origin !== client).map((b) => b.update);
    if (others.length === 0) return null;
    return encodeUpdateMessage(others.length === 1 ? others[0]! : Y.mergeUpdates(others));
  }
}
