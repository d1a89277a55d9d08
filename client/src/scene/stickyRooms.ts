import { SCENE_STYLE } from './sceneStyle';
import { stickiesBelow, type StickiesBelow, type StickyFootprint } from './stickiesBelow';

/**
 * How tall each sticky may grow without reaching the sticky below it: up to `roomGap` above the
 * top of the nearest sticky below that shares some of its width, never less than the minimum
 * height (Infinity when nothing is below). A sticky whose top is already within another's
 * minimum height was put there on purpose (a stack), not reached by growing: it limits nothing.
 *
 * Stickies are placed in a grid a little taller than the minimum height; a sticky whose text grows
 * past that slid under the sticky below it and lost its last lines. With its room as the limit,
 * the sticky sets its text smaller instead (stickyTextLayout), and nobody's sticky is moved.
 * Depends on positions only, so it needs no layout of the text first.
 */
export function stickyRooms(stickies: readonly StickyFootprint[], below: StickiesBelow = stickiesBelow(stickies)): number[] {
  const { minHeight, roomGap } = SCENE_STYLE.sticky;
  return stickies.map((s, i) => {
    const next = below.nearest(i, s.y + minHeight);
    return next === null ? Infinity : Math.max(minHeight, stickies[next]!.y - s.y - roomGap);
  });
}
