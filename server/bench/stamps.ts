/**
 * Delivery stamps: every bench write sets a string field `GBT|<write index>|<scheduled ms>|` in
 * the document. Yjs encodes a string value verbatim (UTF-8) in the update, so a receiver finds
 * the stamp in the raw frame bytes without decoding the update, and the latency is measured
 * from the write's *scheduled* time (open-loop: a late send counts against the system, which
 * avoids coordinated omission). Writers and receivers share one process and one clock.
 */
const MARKER = Buffer.from('GBT|');

/** The stamp string of write `index` scheduled at `scheduledMs` (performance.now()). */
export function makeStamp(index: number, scheduledMs: number): string {
  return `GBT|${index}|${scheduledMs.toFixed(3)}|`;
}

/** Collects deliveries: per-write receiver counts and every delivery's latency. */
export class DeliveryRecorder {
  readonly counts: Uint32Array;
  private latencies = new Float64Array(1 << 16);
  private n = 0;
  /** When false, stamps are ignored (warm-up, sync replays). */
  recording = false;
  lastDeliveryAt = 0;
  /** When set (debugging), the worst latency per 100 ms of scheduled time. */
  timeline: Map<number, number> | null = null;

  constructor(readonly totalWrites: number) {
    this.counts = new Uint32Array(totalWrites);
  }

  /** Scans `bytes` for stamps and records each as delivered now. */
  scan(bytes: Uint8Array, isOwn?: (index: number) => boolean): void {
    if (!this.recording) return;
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const now = performance.now();
    let at = buf.indexOf(MARKER);
    while (at !== -1) {
      const indexEnd = buf.indexOf(124, at + 4); // '|'
      const schedEnd = indexEnd === -1 ? -1 : buf.indexOf(124, indexEnd + 1);
      if (schedEnd === -1) return;
      const index = Number(buf.toString('latin1', at + 4, indexEnd));
      const scheduled = Number(buf.toString('latin1', indexEnd + 1, schedEnd));
      // A server that echoes a write back to its writer (the reference does) is not delivering it.
      if (Number.isInteger(index) && index >= 0 && index < this.totalWrites && Number.isFinite(scheduled) && !isOwn?.(index)) {
        this.counts[index]!++;
        this.push(now - scheduled);
        if (this.timeline) {
          const bucket = Math.floor(scheduled / 100);
          this.timeline.set(bucket, Math.max(this.timeline.get(bucket) ?? 0, now - scheduled));
        }
        this.lastDeliveryAt = now;
      }
      at = buf.indexOf(MARKER, schedEnd);
    }
  }

  /** Every recorded latency (ms). */
  samples(): Float64Array {
    return this.latencies.subarray(0, this.n);
  }

  private push(value: number): void {
    if (this.n === this.latencies.length) {
      const grown = new Float64Array(this.latencies.length * 2);
      grown.set(this.latencies);
      this.latencies = grown;
    }
    this.latencies[this.n++] = value;
  }
}
