import type { Gap, Interval } from './analysisTypes';

/** How many gaps the play asks the facilitator to circle. */
export const GAPS_TO_CIRCLE = 3;

/**
 * The intervals longer than the cadence target (`overTarget`), longest first, ranked 1..n.
 * Equal lengths keep time order (the earlier silence ranks first), so ranks are stable and
 * never shared: the facilitator circles ranks 1–{@link GAPS_TO_CIRCLE}.
 */
export function rankGaps(intervals: readonly Interval[]): Gap[] {
  const over: Interval[] = [];
  for (const interval of intervals) if (interval.overTarget) over.push(interval);
  // Array#sort is stable, and `intervals` are in time order, so ties stay earliest first.
  over.sort((a, b) => b.minutes - a.minutes);
  // Explicit fields rather than a spread: this runs on every document change.
  return over.map((interval, i) => ({
    from: interval.from,
    to: interval.to,
    minutes: interval.minutes,
    overTarget: interval.overTarget,
    kind: interval.kind,
    rank: i + 1,
  }));
}
