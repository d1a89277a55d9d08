import { rootCauseCategories } from '../model/entities';
import type { RootCauseCategory, Sticky } from '../model/entities';
import type { Gap, Interval, RootCauseGroup } from './analysisTypes';
import { findIntervalIndex } from './intervals';
import { ROOT_CAUSE_RECOMMENDATIONS } from './recommendations';

type Cause = RootCauseGroup['causes'][number];

/**
 * Step 4's result: issue stickies grouped by root-cause category (no category → `other`), then
 * by root-cause text with case and spacing ignored ("No  owner " and "no owner" are one cause).
 *
 * - Groups come in the play's category order; only categories with issues appear.
 * - Within a group, causes with more issues come first (ties: first written first); an issue
 *   whose root cause is still blank forms the cause `""`, so no issue disappears.
 * - `gapRanks`: the gaps the cause's issues sit on, ascending. An issue sits on the interval
 *   containing its `at` (half-open [from, to), the last interval closed, see
 *   {@link findIntervalIndex}); that counts when the interval is a gap.
 *
 * @param intervals the analysis' intervals, in time order.
 * @param gaps the ranked gaps (built from the same intervals).
 */
export function groupRootCauses(
  stickies: readonly Sticky[],
  intervals: readonly Interval[],
  gaps: readonly Gap[],
): RootCauseGroup[] {
  const rankOfInterval = gapRankByInterval(intervals, gaps);
  const causesByCategory = new Map<RootCauseCategory, Map<string, Cause>>();
  // Boards repeat the same few root-cause texts on many stickies; normalising each distinct
  // text once keeps the regex work proportional to the distinct texts, not the stickies.
  const keyOfText = new Map<string, string>();

  for (const sticky of stickies) {
    if (sticky.kind !== 'issue') continue;
    const category: RootCauseCategory = isCategory(sticky.category) ? sticky.category : 'other';
    let causes = causesByCategory.get(category);
    if (causes === undefined) {
      causes = new Map();
      causesByCategory.set(category, causes);
    }
    const raw = sticky.rootCause ?? '';
    let key = keyOfText.get(raw);
    if (key === undefined) {
      key = normalizeRootCause(raw);
      keyOfText.set(raw, key);
    }
    let cause = causes.get(key);
    if (cause === undefined) {
      cause = { rootCause: raw.trim(), issues: [], gapRanks: [] };
      causes.set(key, cause);
    }
    cause.issues.push(sticky);
    if (sticky.at !== undefined) {
      const index = findIntervalIndex(intervals, sticky.at);
      const rank = index >= 0 ? rankOfInterval[index]! : 0;
      if (rank > 0 && !cause.gapRanks.includes(rank)) cause.gapRanks.push(rank);
    }
  }

  const groups: RootCauseGroup[] = [];
  for (const category of rootCauseCategories) {
    const causes = causesByCategory.get(category);
    if (causes === undefined) continue;
    const list = [...causes.values()];
    // Stable sort: equal counts keep the order in which the causes were first written.
    list.sort((a, b) => b.issues.length - a.issues.length);
    for (const cause of list) cause.gapRanks.sort((a, b) => a - b);
    groups.push({ category, recommendation: ROOT_CAUSE_RECOMMENDATIONS[category], causes: list });
  }
  return groups;
}

/** The grouping key of a root-cause text: trimmed, inner whitespace collapsed, lower case. */
export function normalizeRootCause(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** rank[i] = the gap rank of intervals[i], 0 when it is not a gap. */
function gapRankByInterval(intervals: readonly Interval[], gaps: readonly Gap[]): Int32Array {
  const ranks = new Int32Array(intervals.length);
  for (const gap of gaps) {
    const index = findIntervalIndex(intervals, gap.from);
    if (index >= 0) ranks[index] = gap.rank;
  }
  return ranks;
}

function isCategory(value: unknown): value is RootCauseCategory {
  return (rootCauseCategories as readonly unknown[]).includes(value);
}
