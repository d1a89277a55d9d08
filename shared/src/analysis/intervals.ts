import type { Interval, IntervalKind } from './analysisTypes';

const MS_PER_MINUTE = 60_000;

/**
 * Cuts the incident's window into the intervals between its boundary points: the start, every
 * update moment, and the end (resolution, or `now` while ongoing).
 *
 * - Equal points collapse, so zero-length intervals never appear: an update at the very start
 *   makes the start an update, and an update at the end is the resolution update.
 * - Each interval is named by its ends: start → update `first-update`, update → update
 *   `between-updates`, update → end `to-resolution`, start → end without any update
 *   `no-updates`. When the only update falls at the end, start → end is `first-update` (the
 *   resolution update is the first one customers got).
 * - `overTarget` is strictly greater than the cadence: an interval of exactly the target is fine.
 *
 * @param momentTimes update moment times, sorted ascending; times outside [start, end] are
 *   ignored (the caller warns about them).
 * @returns intervals that tile [start, end] exactly; empty when start === end.
 */
export function buildIntervals(
  start: number,
  end: number,
  momentTimes: readonly number[],
  cadenceMinutes: number,
): Interval[] {
  const intervals: Interval[] = [];
  if (!(end > start)) return intervals;

  let from = start;
  let fromIsUpdate = false;
  for (let i = 0; i < momentTimes.length; i++) {
    const t = momentTimes[i]!;
    if (t < start || t > end) continue;
    if (t === from) {
      // Collapses into the previous point (the start or an equal moment).
      fromIsUpdate = true;
      continue;
    }
    if (t === end) {
      // The resolution update: the end point is also an update; handled after the loop.
      break;
    }
    intervals.push(makeInterval(from, t, fromIsUpdate ? 'between-updates' : 'first-update', cadenceMinutes));
    from = t;
    fromIsUpdate = true;
  }
  const endIsUpdate = momentTimes.length > 0 && momentTimes.includes(end);
  const lastKind: IntervalKind = fromIsUpdate
    ? 'to-resolution'
    : endIsUpdate
      ? 'first-update'
      : 'no-updates';
  intervals.push(makeInterval(from, end, lastKind, cadenceMinutes));
  return intervals;
}

function makeInterval(from: number, to: number, kind: IntervalKind, cadenceMinutes: number): Interval {
  const minutes = (to - from) / MS_PER_MINUTE;
  return { from, to, minutes, overTarget: minutes > cadenceMinutes, kind };
}

/**
 * Index of the interval containing `at`, or -1 when `at` is outside them all. Intervals are
 * half-open [from, to) so that a time on a boundary belongs to the interval it opens, except
 * the last one, which is closed [from, to] so that the end itself is covered.
 *
 * @param intervals sorted and contiguous, as {@link buildIntervals} returns them.
 */
export function findIntervalIndex(intervals: readonly Interval[], at: number): number {
  const n = intervals.length;
  if (n === 0) return -1;
  if (at < intervals[0]!.from || at > intervals[n - 1]!.to) return -1;
  let lo = 0;
  let hi = n - 1;
  // Binary search for the last interval whose `from` <= at.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (intervals[mid]!.from <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
