import { SCENE_STYLE } from './sceneStyle';
import { stickiesBelow, type StickiesBelow, type StickyFootprint } from './stickiesBelow';

/**
 * The order to draw stickies in, as indexes into `stickies` (later ones on top): the board's
 * own order (creation order: a newer sticky above older ones, so a stack keeps the order it was
 * made in), except that a sticky reaching down over a sticky below it only because it grew is
 * drawn under that sticky.
 *
 * Growth alone is not the overlap people made: the sticky below keeps its whole text, and the
 * one that grew shows its text down to the other's top. With rooms (stickyRooms) a grown sticky
 * fits above the next one, so this only matters for text too long for its room even at the
 * smallest size. A sticky whose top is within another's minimum height overlaps it by placement,
 * and keeps creation order. Edges point down the board, so there is never a cycle.
 */
export function stickyDrawOrder(
  stickies: ReadonlyArray<StickyFootprint & { height: number }>,
  below: StickiesBelow = stickiesBelow(stickies),
): number[] {
  const { minHeight } = SCENE_STYLE.sticky;
  /** For each sticky, the stickies that grew over it and go under it. */
  const under = new Map<number, number[]>();
  stickies.forEach((s, i) => {
    if (s.height <= minHeight) return;
    for (const j of below.between(i, s.y + minHeight, s.y + s.height)) {
      const list = under.get(j);
      if (list) list.push(i);
      else under.set(j, [i]);
    }
  });
  const order = stickies.map((_, i) => i);
  if (under.size === 0) return order;

  // Board order, but each sticky only after the ones that go under it (a depth-first walk,
  // with a stack: a column of grown stickies may be long).
  const placed = new Uint8Array(stickies.length);
  const result: number[] = [];
  for (const root of order) {
    const stack = [root];
    while (stack.length > 0) {
      const i = stack[stack.length - 1]!;
      if (placed[i]) {
        stack.pop();
        continue;
      }
      const first = (under.get(i) ?? []).filter((j) => !placed[j]);
      if (first.length === 0) {
        placed[i] = 1;
        result.push(i);
        stack.pop();
      } else {
        // Reversed, so that the earliest in board order is placed first.
        for (let k = first.length - 1; k >= 0; k--) stack.push(first[k]!);
      }
    }
  }
  return result;
}
