import type { Rect, SceneMarker } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';

/** Where the hint that the timeline goes on past the right edge sits, and what it names. */
export interface TimelineOffRight {
  /** Screen y of the hint's top: just above the timeline, inside the canvas. */
  top: number;
  /** The incident's end ("Resolution · 13:39") when it is off-screen too; null when only its tail is. */
  end: Pick<SceneMarker, 'label' | 'timeLabel'> | null;
}

/** Screen px the hint takes, and keeps from the canvas's top and bottom edges. */
const HINT_HEIGHT = 34;
const EDGE = 10;
/** Screen px of the timeline that may be cut (rounding of a fit) without a hint. */
const TOLERANCE = 1;

/**
 * What a first view leaves of the timeline past the right edge of a `width × height` canvas: a
 * long incident on a small screen opens at the readable zoom floor with the incident's start in
 * view (fitBoardViewport), and nothing else said that more of it lies to the right until Fit.
 * Null when the timeline's right end is in view. `end` is the marker of the incident's end
 * (resolution, or "now" while ongoing).
 */
export function timelineOffRight(viewport: Viewport, width: number, height: number, timeline: Rect, end: SceneMarker | undefined): TimelineOffRight | null {
  const { x, y, scale } = viewport;
  if (width <= 0 || height <= 0 || timeline.width <= 0) return null;
  if ((timeline.x + timeline.width) * scale + x <= width + TOLERANCE) return null;
  const above = timeline.y * scale + y - HINT_HEIGHT - 4;
  const top = Math.max(EDGE, Math.min(height - HINT_HEIGHT - EDGE, above));
  const endOff = end !== undefined && end.x * scale + x > width;
  return { top, end: endOff ? { label: end.label, timeLabel: end.timeLabel } : null };
}
