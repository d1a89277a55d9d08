import type { Rect } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';
import { visibleWorldRect } from './cullRect';
import { fitViewport } from './fitViewport';

/** What the board looked like: its timeline (`Scene.timelineBounds`) and all of it (`Scene.bounds`). */
export interface BoardExtent {
  timeline: Rect;
  bounds: Rect;
}

/** Screen px kept between the timeline and the canvas edge when the view shifts to keep it in. */
const EDGE = 16;
/** World px a rectangle may stick out of the view and still count as shown (rounding of fits). */
const TOLERANCE = 1;

/** Whether `viewport` on a `width × height` canvas shows all of `rect` (world coordinates). */
export function showsRect(viewport: Viewport, width: number, height: number, rect: Rect): boolean {
  return shows(visibleWorldRect(viewport, width, height), rect);
}

function shows(view: Rect, r: Rect): boolean {
  return (
    r.x >= view.x - TOLERANCE &&
    r.y >= view.y - TOLERANCE &&
    r.x + r.width <= view.x + view.width + TOLERANCE &&
    r.y + r.height <= view.y + view.height + TOLERANCE
  );
}

/** The offset on one axis that brings `[start, start + size]` (world) inside the screen, moving as little as possible. */
function shiftInto(offset: number, scale: number, start: number, size: number, screen: number): number {
  const from = start * scale + offset;
  const to = (start + size) * scale + offset;
  if (from < EDGE) return offset + (EDGE - from);
  if (to > screen - EDGE) return offset - (to - (screen - EDGE));
  return offset;
}

/**
 * The view to show after the timeline changed (a channel or a comm added during Prep, the
 * incident's end moved, an ongoing incident's "now" advancing), when the view showed all of
 * the previous timeline: it keeps showing all of it. Unchanged (null) when the new timeline is
 * still wholly in view, or when the previous one was not (the user is looking at a part: leave
 * it). Otherwise the same zoom, shifted as little as possible, when the new timeline fits at it;
 * else refitted, to the whole board if all of it was in view before (after Fit), else to the timeline.
 */
export function keepTimelineInView(viewport: Viewport, width: number, height: number, before: BoardExtent, after: BoardExtent): Viewport | null {
  const view = visibleWorldRect(viewport, width, height);
  if (!shows(view, before.timeline) || shows(view, after.timeline)) return null;
  const t = after.timeline;
  const s = viewport.scale;
  if (t.width * s <= width - 2 * EDGE && t.height * s <= height - 2 * EDGE) {
    return { scale: s, x: shiftInto(viewport.x, s, t.x, t.width, width), y: shiftInto(viewport.y, s, t.y, t.height, height) };
  }
  return fitViewport(shows(view, before.bounds) ? after.bounds : t, width, height);
}
