import type { Comm } from '../model/entities';
import type { UpdateMoment } from './analysisTypes';

/**
 * Comms sent less than this long after the first comm of a moment belong to that moment: the
 * same news posted on several channels is one customer update, not several.
 */
export const SAME_MOMENT_MS = 60_000;

/**
 * Merges comms (all channels together) into update moments, sorted by time.
 *
 * The rule is greedy and anchored on the moment's first comm (DESIGN.md): a comm joins the
 * current moment when it is less than {@link SAME_MOMENT_MS} after that moment's first comm,
 * otherwise it opens a new moment. A moment's time is its first comm's time. Comms at the same
 * instant are ordered by id so the result does not depend on the input order.
 *
 * The caller decides which comms count (those inside the incident's window); this function
 * does not filter.
 */
export function mergeUpdateMoments(comms: readonly Comm[]): UpdateMoment[] {
  const n = comms.length;
  if (n === 0) return [];
  const sorted = sortCommsByTime(comms);
  const moments: UpdateMoment[] = [];
  let current: UpdateMoment | undefined;
  for (let i = 0; i < n; i++) {
    const comm = sorted[i]!;
    if (current !== undefined && comm.at - current.at < SAME_MOMENT_MS) {
      current.commIds.push(comm.id);
      // A moment lists each channel once; moments hold a handful of comms, so a linear scan
      // is cheaper than a Set.
      if (!current.channelIds.includes(comm.channelId)) current.channelIds.push(comm.channelId);
    } else {
      current = { at: comm.at, commIds: [comm.id], channelIds: [comm.channelId] };
      moments.push(current);
    }
  }
  return moments;
}

/**
 * A sorted copy, by time then id. Skips the sort when the input is already in order (as
 * `readBoard` returns comms); otherwise sorts packed numeric keys natively, which is many times
 * faster than a comparator sort over objects (the main cost of a recompute on a shuffled board).
 */
export function sortCommsByTime(comms: readonly Comm[]): Comm[] {
  const n = comms.length;
  let ordered = true;
  let integral = true;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const at = comms[i]!.at;
    if (ordered && i > 0 && compareComms(comms[i - 1]!, comms[i]!) > 0) ordered = false;
    if (!Number.isInteger(at)) integral = false;
    if (at < min) min = at;
    if (at > max) max = at;
  }
  if (ordered) return comms.slice();
  // Key = (at - min) * n + index: sorting the keys sorts by time, and the index brings the comm
  // back. Exact while the keys stay below 2^53, i.e. unless the board spans decades.
  if (!integral || (max - min + 1) * n > Number.MAX_SAFE_INTEGER) return comms.slice().sort(compareComms);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (comms[i]!.at - min) * n + i;
  keys.sort();
  const sorted = new Array<Comm>(n);
  for (let i = 0; i < n; i++) sorted[i] = comms[keys[i]! % n]!;
  sortEqualTimesById(sorted);
  return sorted;
}

/** Comms at the same instant are in index order after the key sort; put them in id order. */
function sortEqualTimesById(sorted: Comm[]): void {
  for (let i = 1; i < sorted.length; i++) {
    const comm = sorted[i]!;
    // Insertion sort limited to runs of equal times: runs are short, usually of length 1.
    let j = i - 1;
    while (j >= 0 && sorted[j]!.at === comm.at && sorted[j]!.id > comm.id) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = comm;
  }
}

function compareComms(a: Comm, b: Comm): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
