/** A sticky's top-left corner, in world coordinates. */
export interface StickySpot {
  x: number;
  y: number;
}

/** How far apart two stickies' corners must be not to hide each other's header. */
export const STACK_STEP = 24;
/** Enough for a whole session of N presses on one spot; past it the last step is used anyway. */
const MAX_STEPS = 50;

/**
 * Where to put a new sticky wanted at `wanted` (top-left corner) so that it does not land
 * exactly on top of another one: moved down and right by {@link STACK_STEP} until no sticky's
 * corner is within half a step of it. Stickies placed at the centre of a shared view (N, with
 * everyone following the facilitator) would otherwise pile up and read as a single sticky.
 */
export function freeStickySpot(taken: ReadonlyArray<StickySpot>, wanted: StickySpot, step = STACK_STEP): StickySpot {
  const near = (a: StickySpot, b: StickySpot) => Math.abs(a.x - b.x) < step / 2 && Math.abs(a.y - b.y) < step / 2;
  let spot = wanted;
  for (let i = 1; i <= MAX_STEPS && taken.some((t) => near(t, spot)); i++) {
    spot = { x: wanted.x + i * step, y: wanted.y + i * step };
  }
  return spot;
}
