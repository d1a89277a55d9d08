import type { Rect, SceneMarker } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';
import { timelineOffRight } from './timelineOffRight';

export interface TimelineOffRightHintProps {
  viewport: Viewport;
  width: number;
  height: number;
  timeline: Rect;
  /** The marker of the incident's end (resolution, or "now" while ongoing). */
  end: SceneMarker | undefined;
  /** No incident window yet: the timeline drawn is a stand-in (Scene.timeline.placeholder). */
  placeholder: boolean;
  /** A sticky is open for typing on the canvas. */
  typing: boolean;
  onFit(): void;
}

/**
 * On the untouched first view of a long incident: says that the timeline goes on past the
 * right edge (up to its end, when that is off-screen) and offers Fit. Without it, the first
 * view at the readable zoom floor looked like the whole incident on a laptop screen.
 */
export function TimelineOffRightHint({ viewport, width, height, timeline, end, placeholder, typing, onFit }: TimelineOffRightHintProps) {
  // A blank board has no incident to continue: its stand-in line said "Timeline continues to the
  // right" at every size. While a sticky is typed the hint stands aside: it sat over the editor
  // (a sticky placed or opened above the timeline's right end) and over the lock note under it.
  if (placeholder || typing) return null;
  const off = timelineOffRight(viewport, width, height, timeline, end);
  if (!off) return null;
  return (
    <div className="timeline-more" role="status" data-testid="timeline-more" style={{ top: off.top }}>
      <span className="text">
        {off.end ? `Timeline continues to ${off.end.label} · ${off.end.timeLabel}` : 'Timeline continues to the right'} →
      </span>
      <button className="link" onClick={onFit} title="Zoom out to the whole board, as the Fit button does">
        Show all
      </button>
    </div>
  );
}
