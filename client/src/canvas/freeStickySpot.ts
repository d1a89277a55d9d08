import type { Rect } from '../scene/sceneTypes';

/** A sticky's top-left corner, in world coordinates. */
export interface StickySpot {
  x: number;
  y: number;
}

/** Space kept between a new sticky and its neighbours (and the timeline). */
export const STICKY_GAP = 16;
/** Rings of places tried around the wanted one without a view: 7 × 7 places. */
const RINGS = 3;
/** Most rings tried when a (zoomed-out) view is larger: 25 × 25 places. */
const MAX_RINGS = 12;

export interface FreeStickySpotOptions {
  /**
   * Areas a new sticky must not cover: the timeline with its axis, labels and lanes (see
   * `Scene.fixedBounds`). Places just below and just above each area are tried too, so a sticky
   * wanted on the timeline lands right beside it rather than a whole grid step away.
   */
  avoid?: ReadonlyArray<Rect>;
  /**
   * The part of the board on screen: only places wholly inside it are taken (the sticky opens
   * there for typing), and the grid reaches far enough to cover it.
   */
  view?: Rect;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (r: Rect, view: Rect) => r.x >= view.x && r.y >= view.y && r.x + r.width <= view.x + view.width && r.y + r.height <= view.y + view.height;

/**
 * Places around a wanted spot, nearest first: a grid of one sticky plus a gap (the spot itself,
 * then right, below, left, above, then the corners, then the next ring), with the rows just
 * beside each avoided area added to every column. Distance is counted in grid steps.
 */
function placesAround(wanted: StickySpot, size: { width: number; height: number }, rings: number, avoid: ReadonlyArray<Rect>): StickySpot[] {
  const stepX = size.width + STICKY_GAP;
  const stepY = size.height + STICKY_GAP;
  const rows = new Set<number>();
  for (let j = -rings; j <= rings; j++) rows.add(j);
  for (const area of avoid) {
    const below = (area.y + area.height + STICKY_GAP - wanted.y) / stepY;
    const above = (area.y - STICKY_GAP - size.height - wanted.y) / stepY;
    for (let k = 0; k <= rings; k++) {
      rows.add(below + k);
      rows.add(above - k);
    }
  }
  const cells: Array<[number, number]> = [];
  for (let i = -rings; i <= rings; i++) for (const j of rows) cells.push([i, j]);
  const rank = ([i, j]: [number, number]) => [i * i + j * j, i > 0 ? 0 : j > 0 ? 1 : i < 0 ? 2 : 3, -i, -j];
  cells.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k]! - rb[k]!;
    return 0;
  });
  return cells.map(([i, j]) => ({ x: wanted.x + i * stepX, y: Math.round(wanted.y + j * stepY) }));
}

/** Rings needed for the grid to reach every edge of `view` from `wanted`. */
function ringsToCover(wanted: StickySpot, size: { width: number; height: number }, view: Rect): number {
  const reachX = Math.max(wanted.x - view.x, view.x + view.width - wanted.x) / (size.width + STICKY_GAP);
  const reachY = Math.max(wanted.y - view.y, view.y + view.height - wanted.y) / (size.height + STICKY_GAP);
  return Math.min(MAX_RINGS, Math.max(RINGS, Math.ceil(Math.max(reachX, reachY))));
}

/**
 * Where to put a new sticky of `size` wanted at `wanted` (top-left corner): there if it covers
 * no other sticky (with a small gap) and none of the `avoid` areas, else the nearest such place
 * around it (inside the `view`, when given). Stickies made at the centre of a shared view (N,
 * with everyone following the facilitator) would otherwise pile up and hide each other's text,
 * or cover the gap labels of the timeline the view is centred on. With no such place (a view
 * zoomed into the timeline, a board crowded all around), the wanted spot.
 */
export function freeStickySpot(
  taken: ReadonlyArray<Rect>,
  wanted: StickySpot,
  size: { width: number; height: number },
  options: FreeStickySpotOptions = {},
): StickySpot {
  const { avoid = [], view } = options;
  const pad = (t: Rect) => ({ x: t.x - STICKY_GAP / 2, y: t.y - STICKY_GAP / 2, width: t.width + STICKY_GAP, height: t.height + STICKY_GAP });
  const padded = taken.map(pad);
  const keepOut = avoid.map(pad);
  const rings = view ? ringsToCover(wanted, size, view) : RINGS;
  for (const place of placesAround(wanted, size, rings, avoid)) {
    const rect = { ...place, ...size };
    if (view && !inside(rect, view)) continue;
    if (keepOut.some((a) => overlaps(a, rect))) continue;
    if (!padded.some((t) => overlaps(t, rect))) return place;
  }
  return wanted;
}
