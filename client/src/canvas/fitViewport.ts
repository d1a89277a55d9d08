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
