import type { Rect, SceneLane } from '../scene/sceneTypes';
import type { MeasureText } from '../scene/wrapTextLines';

/** Font of the lane names in the scene (buildSceneBackground): 14 px bold. */
export const LANE_LABEL_FONT_SIZE = 14;

/** A lane's name kept at the left edge of the view while its own label is scrolled out of it. */
export interface PinnedLaneLabel {
  channelId: string;
  name: string;
  color: string;
  /** World y of the lane line the label sits on. */
  y: number;
  /** Width of the name at the label font (px), at most the scene's label box: longer names end in "…". */
  textWidth: number;
}

/**
 * The lanes whose name should be pinned to the left edge of the view (`view`, in world
 * coordinates) of the live canvas: those whose line is on screen (its y inside the view, with
 * `marginY` world px to spare, and the line reaching into it) while their own label, drawn left
 * of the time range, is cut by the view's left edge. Zoomed into the timeline, the coloured
 * lines would otherwise be unlabelled. `measure` gives the label's text width (it is
 * right-aligned in its box, so its left end depends on it).
 */
export function pinnedLaneLabels(lanes: readonly SceneLane[], view: Rect, measure: MeasureText, marginY = 0): PinnedLaneLabel[] {
  const pinned: PinnedLaneLabel[] = [];
  for (const lane of lanes) {
    if (lane.y < view.y + marginY || lane.y > view.y + view.height - marginY) continue;
    if (lane.x2 <= view.x) continue;
    const textWidth = Math.min(lane.labelWidth, measure(lane.name, LANE_LABEL_FONT_SIZE, true));
    const textLeft = lane.labelX + lane.labelWidth - textWidth;
    if (textLeft >= view.x) continue;
    pinned.push({ channelId: lane.channelId, name: lane.name, color: lane.color, y: lane.y, textWidth });
  }
  return pinned;
}
