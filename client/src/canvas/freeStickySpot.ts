import type { Rect } from '../scene/sceneTypes';

/** A sticky's top-left corner, in world coordinates. */
export interface StickySpot {
  x: number;
  y: number;
}

/** Space kept between a new sticky and its neighbours. */
export const STICKY_GAP = 16;
/** Rings of places tried around the wanted one: 7 × 7 places, most of them in view. */
const RINGS = 3;

/**
 * Places around a wanted spot, nearest first, on a grid of one sticky plus a gap: the spot
 * itself, then right, below, left, above, then the corners, then the next ring.
 */
function placesAround(wanted: StickySpot, size: { width: number; height: number }): StickySpot[] {
  const cells: Array<[number, number]> = [];
  for (let i = -RINGS; i <= RINGS; i++) for (let j = -RINGS; j <= RINGS; j++) cells.push([i, j]);
  const rank = ([i, j]: [number, number]) => [i * i + j * j, i > 0 ? 0 : j > 0 ? 1 : i < 0 ? 2 : 3, -i, -j];
  cells.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k]! - rb[k]!;
    return 0;
  });
  return cells.map(([i, j]) => ({ x: wanted.x + i * (size.width + STICKY_GAP), y: wanted.y + j * (size.height + STICKY_GAP) }));
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where to put a new sticky of `size` wanted at `wanted` (top-left corner): there if it covers
 * no other sticky (with a small gap), else the nearest free place on a grid around it. Stickies
 * made at the centre of a shared view (N, with everyone following the facilitator) would
 * otherwise pile up and hide each other's text. On a board crowded all around, the wanted spot.
 */
export function freeStickySpot(taken: ReadonlyArray<Rect>, wanted: StickySpot, size: { width: number; height: number }): StickySpot {
  const padded = taken.map((t) => ({ x: t.x - STICKY_GAP / 2, y: t.y - STICKY_GAP / 2, width: t.width + STICKY_GAP, height: t.height + STICKY_GAP }));
  for (const place of placesAround(wanted, size)) {
    const rect = { ...place, ...size };
    if (!padded.some((t) => overlaps(t, rect))) return place;
  }
  return wanted;
}
