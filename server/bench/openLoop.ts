/**
 * An open-loop write schedule: writer `w` writes at `start + phase(w) + k·period` for
 * k < count, whatever happened to earlier writes. When the loop wakes late it sends every
 * overdue write at once, stamped with its scheduled time, so lateness shows up as latency
 * instead of silently lowering the offered rate (no coordinated omission).
 */
export interface OpenLoopOptions {
  writers: number;
  periodMs: number;
  writesPerWriter: number;
  /** Offset of writer `w` within a period; spreads writers evenly by default. */
  phaseMs?: (writer: number) => number;
  /** Performs write `k` of writer `w`, whose global index is `index`, scheduled at `scheduledMs`. */
  write: (writer: number, k: number, index: number, scheduledMs: number) => void;
}

/** Runs the schedule; resolves once every write has been sent. Returns the max send lag (ms). */
export function runOpenLoop(options: OpenLoopOptions): Promise<{ maxLagMs: number; sent: number }> {
  const { writers, periodMs, writesPerWriter } = options;
  const phase = options.phaseMs ?? ((w: number) => (w * periodMs) / writers);
  const start = performance.now() + 20;
  const next = new Array<number>(writers).fill(0);
  let sent = 0;
  let maxLagMs = 0;
  const total = writers * writesPerWriter;
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      let earliest = Number.POSITIVE_INFINITY;
      for (let w = 0; w < writers; w++) {
        let k = next[w]!;
        while (k < writesPerWriter) {
          const scheduled = start + phase(w) + k * periodMs;
          if (scheduled > now) {
            earliest = Math.min(earliest, scheduled);
            break;
          }
          maxLagMs = Math.max(maxLagMs, now - scheduled);
          options.write(w, k, k * writers + w, scheduled);
          sent++;
          k++;
        }
        next[w] = k;
      }
      if (sent >= total) resolve({ maxLagMs, sent });
      else setTimeout(tick, Math.max(0, earliest - performance.now()));
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
}
