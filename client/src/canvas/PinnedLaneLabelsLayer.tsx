import { memo } from 'react';
import { Group, Label, Layer, Tag, Text } from './reactKonva';
import { SCENE_STYLE } from '../scene/sceneStyle';
import { LANE_LABEL_FONT_SIZE, type PinnedLaneLabel } from './pinnedLaneLabels';

export interface PinnedLaneLabelsLayerProps {
  labels: PinnedLaneLabel[];
  /** World x of the view's left edge. */
  left: number;
  /** Current zoom: the labels keep their screen size. */
  scale: number;
}

const PADDING = 4;

/**
 * Lane names pinned to the left edge of the live canvas while the lanes' own labels are
 * scrolled out of view (see pinnedLaneLabels): a tag on each lane line, under the stickies.
 * Not part of the scene, so not in the PNG, which always shows the labels in place.
 */
export const PinnedLaneLabelsLayer = memo(function PinnedLaneLabelsLayer({ labels, left, scale }: PinnedLaneLabelsLayerProps) {
  const inv = 1 / scale;
  const half = LANE_LABEL_FONT_SIZE / 2 + PADDING;
  // Each tag sits flush with the view's edge, so it covers the last px of the scene's own label.
  return (
    <Layer listening={false}>
      {labels.map((label) => (
        <Group key={label.channelId} x={left} y={label.y} scaleX={inv} scaleY={inv}>
          <Label y={-half}>
            <Tag fill="#fafafa" stroke={label.color} strokeWidth={1} cornerRadius={[0, 3, 3, 0]} />
            <Text
              text={label.name}
              fontFamily={SCENE_STYLE.fontFamily}
              fontSize={LANE_LABEL_FONT_SIZE}
              fontStyle="bold"
              fill={label.color}
              padding={PADDING}
              width={Math.ceil(label.textWidth) + 2 * PADDING}
              wrap="none"
              ellipsis
            />
          </Label>
        </Group>
      ))}
    </Layer>
  );
});
