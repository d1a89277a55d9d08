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
 * A sorted copy, by time then id. Skips the sort when the input is already in order, which is
 * the common case for boards built from a timeline or an import.
 */
export function sortCommsByTime(comms: readonly Comm[]): Comm[] {
  const copy = comms.slice();
  let ordered = true;
  for (let i = 1; i < copy.length; i++) {
    if (compareComms(copy[i - 1]!, copy[i]!) > 0) {
      ordered = false;
      break;
    }
  }
  if (!ordered) copy.sort(compareComms);
  return copy;
}

function compareComms(a: Comm, b: Comm): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
