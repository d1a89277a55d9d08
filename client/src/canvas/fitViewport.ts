import type { Rect } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';

/** Zoom limits: far enough out for a week-long incident, in enough to read a sticky's small print. */
export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The viewport showing all of `bounds`, centred, with `margin` screen px around it (never zoomed past 1). */
export function fitViewport(bounds: Rect, width: number, height: number, margin = 32): Viewport {
  const availW = Math.max(1, width - 2 * margin);
  const availH = Math.max(1, height - 2 * margin);
  const scale = clampScale(Math.min(1, availW / Math.max(1, bounds.width), availH / Math.max(1, bounds.height)));
  return {
    scale,
    x: width / 2 - (bounds.x + bounds.width / 2) * scale,
    y: height / 2 - (bounds.y + bounds.height / 2) * scale,
  };
}

/** Zooms by `factor` keeping the world point under screen point `(px, py)` where it is. */
export function zoomAround(viewport: Viewport, factor: number, px: number, py: number): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const wx = (px - viewport.x) / viewport.scale;
  const wy = (py - viewport.y) / viewport.scale;
  return { scale, x: px - wx * scale, y: py - wy * scale };
}

/** World coordinates of a screen point. */
export function screenToWorld(viewport: Viewport, px: number, py: number): { x: number; y: number } {
  return { x: (px - viewport.x) / viewport.scale, y: (py - viewport.y) / viewport.scale };
}

/**
 * Smallest scale a fit may choose: the scene's 13 px labels stay about 9 px on screen. Below
 * it a big board is a grey smear; better to show part of it readably and let the user pan.
 */
export const READABLE_MIN_SCALE = 0.7;

/**
 * Offset on one axis at `scale`: the whole board centred when it fits, else the timeline centred
 * when it fits, else the timeline from its start (top or left edge at the margin).
 */
function placeAxis(all: [number, number], focus: [number, number], avail: number, margin: number, scale: number): number {
  const room = avail - 2 * margin;
  const [start, size] = all[1] * scale <= room ? all : focus;
  if (size * scale <= room) return avail / 2 - (start + size / 2) * scale;
  return margin - focus[0] * scale;
}

/**
 * The first view of a board (and the Fit button): the whole board when that is readable;
 * otherwise the timeline (`timeline`, without far stickies and ink) fitted, but never below
 * {@link READABLE_MIN_SCALE}; on each axis the whole board is centred if it fits at that scale,
 * else the timeline is, else the view starts at the timeline's top-left corner (the lane names
 * and the initial alert). The rest is a pan away, and the canvas says so (TimelineOffRightHint).
 */
export function fitBoardViewport(bounds: Rect, timeline: Rect, width: number, height: number, margin = 32): Viewport {
  const all = fitViewport(bounds, width, height, margin);
  if (all.scale >= READABLE_MIN_SCALE) return all;
  const focus = timeline.width > 0 && timeline.height > 0 ? timeline : bounds;
  const availW = Math.max(1, width - 2 * margin);
  const availH = Math.max(1, height - 2 * margin);
  const scale = Math.max(READABLE_MIN_SCALE, Math.min(1, availW / Math.max(1, focus.width), availH / Math.max(1, focus.height)));
  return {
    scale,
    x: placeAxis([bounds.x, bounds.width], [focus.x, focus.width], width, margin, scale),
    y: placeAxis([bounds.y, bounds.height], [focus.y, focus.height], height, margin, scale),
  };
}

/** A view someone else leads (follow-me): their viewport, with their canvas size when known. */
export interface LedView extends Viewport {
  width?: number | undefined;
  height?: number | undefined;
}

/**
 * What a follower with a `width` × `height` canvas shows of the view `led`: the part of the
 * board the leader sees (their canvas's world rectangle), centred, at the leader's scale, or
 * smaller when it does not fit. A smaller canvas thus sees all of it rather than its top-left
 * corner; a larger one sees it at the same size, with more around it. Without the leader's size
 * (an older client) the viewport is copied as it is.
 */
export function followViewport(led: LedView, width: number, height: number): Viewport {
  const { x, y, scale, width: lw, height: lh } = led;
  if (lw === undefined || lh === undefined || lw <= 0 || lh <= 0 || width <= 0 || height <= 0) return { x, y, scale };
  const followScale = scale * Math.min(1, width / lw, height / lh);
  // The centre of the leader's canvas, in world coordinates, goes to the centre of this one.
  const cx = (lw / 2 - x) / scale;
  const cy = (lh / 2 - y) / scale;
  return { scale: followScale, x: width / 2 - cx * followScale, y: height / 2 - cy * followScale };
}
