/**
 * One difference between two sequences: `a[aStart, aEnd)` is replaced by `b[bStart, bEnd)`.
 * An insertion has `aStart === aEnd`, a deletion `bStart === bEnd`.
 */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Past this many inserted plus deleted elements (after the common start and end are set
 * aside) the two sequences are reported as one replacement. Myers' search costs
 * O((N + M) · D) time and keeps O(D²) numbers for its backtrack: at 1,000 that is about 4 MB
 * for one call, while two people's edits of one field are a few dozen words.
 * @default 1000
 */
export const DEFAULT_MAX_EDITS = 1000;

/**
 * The differences between `a` and `b`, in order, as non-touching hunks: between two hunks
 * there is always at least one element common to both sequences. Elements are compared with
 * `===`. Uses Myers' O(ND) algorithm, so the hunks are a shortest edit script (a longest
 * common subsequence) unless more than `maxEdits` edits are needed, in which case the part
 * between the common start and end is one hunk (still correct, only coarser).
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[], maxEdits = DEFAULT_MAX_EDITS): Hunk[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd -= 1;
    bEnd -= 1;
  }
  if (start === aEnd && start === bEnd) return [];
  if (start === aEnd || start === bEnd) return [{ aStart: start, aEnd, bStart: start, bEnd }];
  const matches = myersMatches(a, b, start, aEnd, start, bEnd, maxEdits);
  if (matches === null) return [{ aStart: start, aEnd, bStart: start, bEnd }];
  return hunksBetween(matches, start, aEnd, start, bEnd);
}

/**
 * Matched index pairs `[i, j]` (`a[i] === b[j]`), increasing in both, of a longest common
 * subsequence of `a[a0, a1)` and `b[b0, b1)`; null past `maxEdits`.
 */
function myersMatches<T>(a: readonly T[], b: readonly T[], a0: number, a1: number, b0: number, b1: number, maxEdits: number): Array<[number, number]> | null {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = Math.min(n + m, maxEdits);
  // v[k + offset]: the furthest x reached on diagonal k (y = x - k), in sequence-local indices.
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d]: v's diagonals -d-1 … d+1 as they were before round d (what the backtrack reads).
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  const matches: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d -= 1) {
    const before = trace[d]!;
    const at = (k: number) => before[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    // The snake: a diagonal run of equal elements after the round's one edit.
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      matches.push([a0 + x, b0 + y]);
    }
    x = prevX;
    y = prevY;
  }
  return matches.reverse();
}

/** The gaps between consecutive matches (and the range ends) that are not empty on both sides. */
function hunksBetween(matches: ReadonlyArray<readonly [number, number]>, a0: number, a1: number, b0: number, b1: number): Hunk[] {
  const hunks: Hunk[] = [];
  let i = a0;
  let j = b0;
  for (const [mi, mj] of [...matches, [a1, b1] as const]) {
    if (mi > i || mj > j) hunks.push({ aStart: i, aEnd: mi, bStart: j, bEnd: mj });
    i = mi + 1;
    j = mj + 1;
  }
  return hunks;
}
