import type { Rect } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';

/** The world rectangle a viewport shows on a `width × height` canvas. */
export function visibleWorldRect(viewport: Viewport, width: number, height: number): Rect {
  return { x: -viewport.x / viewport.scale, y: -viewport.y / viewport.scale, width: width / viewport.scale, height: height / viewport.scale };
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Whether two rectangles overlap (touching counts). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/**
 * The region whose stickies are mounted: the visible rectangle grown by one screen in every
 * direction. It is kept (same object) while the view stays inside it and is not much smaller,
 * so panning re-renders the sticky list only once per screen travelled, not on every frame.
 */
export function nextCullRect(previous: Rect | null, visible: Rect): Rect {
  if (previous && contains(previous, visible) && previous.width <= visible.width * 4.5) return previous;
  return { x: visible.x - visible.width, y: visible.y - visible.height, width: visible.width * 3, height: visible.height * 3 };
}
