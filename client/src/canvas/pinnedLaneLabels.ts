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
 * of the time range, has scrolled out of the view: at most `tail` world px of it still show,
 * which the pinned tag, flush with the edge, covers (a label cut further in is still read as it
 * is, and two names side by side would be worse). Zoomed into the timeline, the coloured lines
 * would otherwise be unlabelled. `measure` gives the name's width for the tag.
 */
export function pinnedLaneLabels(lanes: readonly SceneLane[], view: Rect, measure: MeasureText, marginY = 0, tail = 0): PinnedLaneLabel[] {
  const pinned: PinnedLaneLabel[] = [];
  for (const lane of lanes) {
    if (lane.y < view.y + marginY || lane.y > view.y + view.height - marginY) continue;
    if (lane.x2 <= view.x) continue;
    if (lane.labelX + lane.labelWidth > view.x + tail) continue;
    const textWidth = Math.min(lane.labelWidth, measure(lane.name, LANE_LABEL_FONT_SIZE, true));
    pinned.push({ channelId: lane.channelId, name: lane.name, color: lane.color, y: lane.y, textWidth });
  }
  return pinned;
}
