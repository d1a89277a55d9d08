import { readFileSync } from 'node:fs';

/**
 * Small measurement helpers shared by the server benches: percentiles over raw samples and
 * process figures read from /proc (Linux), so every server under test is measured the same way
 * from outside, whatever it is written in.
 */

/** Percentile (0..100) of `sorted` (ascending), nearest-rank; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** p50/p99/p99.9/max of a sample (copied and sorted). */
export function summarize(samples: ArrayLike<number>): { p50: number; p99: number; p999: number; max: number; n: number } {
  const sorted = Float64Array.from(samples as ArrayLike<number>).sort();
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    n: sorted.length,
  };
}

/** Clock ticks per second used by /proc/<pid>/stat (USER_HZ, 100 on every Linux we target). */
const CLK_TCK = 100;

/** CPU seconds (user + system) the process has used so far, or NaN when /proc is unavailable. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces, hence the last ')').
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return (utime + stime) / CLK_TCK;
  } catch {
    return Number.NaN;
  }
}

/** Resident set size of the process in bytes, or NaN. */
export function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** A CPU-usage window: call `stop()` to get the share of one core used since `start`. */
export function cpuWindow(pid: number): { stop(): number } {
  const cpu0 = cpuSeconds(pid);
  const t0 = performance.now();
  return {
    stop() {
      const seconds = (performance.now() - t0) / 1000;
      return (cpuSeconds(pid) - cpu0) / seconds;
    },
  };
}

/** Formats a number of milliseconds for tables. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Formats a ratio like 1.23×. */
export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return `${(a / b).toFixed(2)}×`;
}

/** Sleeps `msToWait` milliseconds. */
export function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}
