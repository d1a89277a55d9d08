import type { Channel, Comm } from '../model/entities';
import type { ChannelStats, Interval, Stats, UpdateMoment } from './analysisTypes';

const MS_PER_MINUTE = 60_000;

/** What {@link computeStats} reads; all of it comes out of the earlier analysis steps. */
export interface StatsInput {
  /** Incident start; null when the board has none (then the time-based stats are null). */
  start: number | null;
  /** The intervals tiling the incident's window, in time order. */
  intervals: readonly Interval[];
  /** Update moments, in time order. */
  moments: readonly UpdateMoment[];
  /** The board's channels, in board order. */
  channels: readonly Channel[];
  /** The comms that count as customer updates (inside the window). */
  comms: readonly Comm[];
}

/**
 * The headline numbers of step 2 ("mind the gap").
 *
 * - `timeToFirstUpdateMinutes`: start → first update; 0 when an update falls at the start,
 *   null when there is no update (or no start).
 * - `longestSilenceMinutes`: the longest interval, whatever its kind (before the first update
 *   customers heard nothing either); null without intervals.
 * - `updateCount`: update moments, not comms (the same news on three channels is one update).
 * - `medianIntervalMinutes`: median over all intervals (mean of the middle two for an even
 *   count); null without intervals.
 * - `withinCadenceShare`: the share of the window's duration covered by intervals within the
 *   target; null without intervals.
 * - `channels`: per board channel, how many updates went out on it and when first and last.
 *   Comms on channels the board does not know are counted in the moments (and warned about)
 *   but get no row here.
 */
export function computeStats(input: StatsInput): Stats {
  const { start, intervals, moments } = input;
  const firstMoment = moments[0];
  const timeToFirstUpdateMinutes =
    start === null || firstMoment === undefined ? null : (firstMoment.at - start) / MS_PER_MINUTE;

  let longest: number | null = null;
  let total = 0;
  let within = 0;
  const lengths = new Float64Array(intervals.length);
  for (let i = 0; i < intervals.length; i++) {
    const interval = intervals[i]!;
    const minutes = interval.minutes;
    lengths[i] = minutes;
    if (longest === null || minutes > longest) longest = minutes;
    total += minutes;
    if (!interval.overTarget) within += minutes;
  }

  return {
    timeToFirstUpdateMinutes,
    longestSilenceMinutes: longest,
    updateCount: moments.length,
    medianIntervalMinutes: medianInPlace(lengths),
    withinCadenceShare: total > 0 ? within / total : null,
    channels: channelStats(input.channels, input.comms),
  };
}

/**
 * Median of the values (reordered in place); null when empty. Quickselect, O(n) on average: a
 * full sort of thousands of intervals cost more than the rest of the stats together.
 */
export function medianInPlace(values: Float64Array): number | null {
  const n = values.length;
  if (n === 0) return null;
  const mid = n >> 1;
  const upper = select(values, mid);
  if (n % 2 === 1) return upper;
  // After select(mid), everything left of mid is <= values[mid]: the lower middle is their max.
  let lower = values[0]!;
  for (let i = 1; i < mid; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/** Hoare's selection: puts the k-th smallest at index k, smaller ones left, larger ones right. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}

function channelStats(channels: readonly Channel[], comms: readonly Comm[]): ChannelStats[] {
  const rows: ChannelStats[] = [];
  const byId = new Map<string, ChannelStats>();
  for (const channel of channels) {
    // A duplicated channel id would double-count; the first entry wins.
    if (byId.has(channel.id)) continue;
    const row: ChannelStats = { channelId: channel.id, name: channel.name, count: 0, firstAt: null, lastAt: null };
    byId.set(channel.id, row);
    rows.push(row);
  }
  for (const comm of comms) {
    const row = byId.get(comm.channelId);
    if (row === undefined) continue;
    row.count++;
    if (row.firstAt === null || comm.at < row.firstAt) row.firstAt = comm.at;
    if (row.lastAt === null || comm.at > row.lastAt) row.lastAt = comm.at;
  }
  return rows;
}
