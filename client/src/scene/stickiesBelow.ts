import type { Rect } from './sceneTypes';

/** What decides which stickies are below a sticky: where it is and how wide. */
export type StickyFootprint = Pick<Rect, 'x' | 'y' | 'width'>;

/** Queries about the stickies below a sticky (by index into the list the finder was built from). */
export interface StickiesBelow {
  /** The sticky nearest below sticky `i` (least top at or past `fromY`) that shares some of its width, or null. */
  nearest(i: number, fromY: number): number | null;
  /** Every sticky sharing some of sticky `i`'s width whose top is at or past `fromY` and before `untilY`, nearest first. */
  between(i: number, fromY: number, untilY: number): number[];
}

const sharesWidth = (a: StickyFootprint, b: StickyFootprint) => a.x < b.x + b.width && b.x < a.x + a.width;

/** Position of the first entry of `column` (sorted by top) whose top is at least `y`. */
function lowerBound(column: readonly number[], tops: readonly number[], y: number): number {
  let lo = 0;
  let hi = column.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[column[mid]!]! < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indexes stickies so that the stickies below one are found without comparing every pair (a
 * board may hold a thousand): stickies go into columns as wide as the widest sticky, each sorted
 * by top, and only the column of a sticky and the two beside it can share any of its width.
 * Building is O(n log n); a query is a binary search per column plus the stickies it returns
 * (and those of the neighbouring columns that share no width, in between).
 */
export function stickiesBelow(stickies: readonly StickyFootprint[]): StickiesBelow {
  const columnWidth = stickies.reduce((widest, s) => Math.max(widest, s.width), 1);
  const tops = stickies.map((s) => s.y);
  const columns = new Map<number, number[]>();
  const columnOf = (s: StickyFootprint) => Math.floor(s.x / columnWidth);
  stickies.forEach((s, i) => {
    const c = columnOf(s);
    const column = columns.get(c);
    if (column) column.push(i);
    else columns.set(c, [i]);
  });
  // Ties in top keep list order, so results do not depend on the sort's internals.
  for (const column of columns.values()) column.sort((a, b) => tops[a]! - tops[b]! || a - b);

  /** Calls `visit` with the stickies of the three columns around sticky `i` whose top is in [fromY, untilY), column by column. */
  const scan = (i: number, fromY: number, untilY: () => number, visit: (j: number) => boolean | void) => {
    const c = columnOf(stickies[i]!);
    for (const column of [columns.get(c - 1), columns.get(c), columns.get(c + 1)]) {
      if (!column) continue;
      for (let k = lowerBound(column, tops, fromY); k < column.length && tops[column[k]!]! < untilY(); k++) {
        const j = column[k]!;
        if (j !== i && sharesWidth(stickies[i]!, stickies[j]!) && visit(j) === false) break;
      }
    }
  };

  return {
    nearest(i, fromY) {
      let best: number | null = null;
      // Within a column the first match is that column's nearest: stop there, and look no further than the best so far.
      scan(
        i,
        fromY,
        () => (best === null ? Infinity : tops[best]! + 1),
        (j) => {
          if (best === null || tops[j]! < tops[best]! || (tops[j] === tops[best] && j < best)) best = j;
          return false;
        },
      );
      return best;
    },
    between(i, fromY, untilY) {
      const found: number[] = [];
      scan(i, fromY, () => untilY, (j) => {
        found.push(j);
      });
      return found.sort((a, b) => tops[a]! - tops[b]! || a - b);
    },
  };
}
