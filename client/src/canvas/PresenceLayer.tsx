import { memo } from 'react';
import { Group, Label, Layer, Line, Tag, Text } from './reactKonva';
import { SCENE_STYLE } from '../scene/sceneStyle';
import type { RemoteCursor, RemoteInkStroke } from './BoardCanvasProps';
import { inkLineConfig } from './inkShape';

/** Someone editing a sticky: their name over its top-left corner (world coordinates). */
export interface EditorTag {
  /** Their participant id. */
  id: string;
  name: string;
  color: string;
  x: number;
  y: number;
}

export interface PresenceLayerProps {
  cursors: RemoteCursor[];
  ink: RemoteInkStroke[];
  /** Stickies others are editing. @default [] */
  editors?: EditorTag[];
  /** Current zoom: cursors are drawn at a constant screen size. */
  scale: number;
}

/** Width of strokes in progress: the stored annotation's default. */
const LIVE_INK_WIDTH = 4;

/**
 * Others' cursors (arrow + name tag in their colour), their strokes in progress, and a "✎ name"
 * tag on each sticky someone is editing, above everything.
 */
export const PresenceLayer = memo(function PresenceLayer({ cursors, ink, editors = [], scale }: PresenceLayerProps) {
  const inv = 1 / scale;
  return (
    <Layer listening={false}>
      {ink.map((stroke) => (
        <Line key={`${stroke.id}:${stroke.strokeId}`} {...inkLineConfig({ points: stroke.points, color: stroke.color, width: LIVE_INK_WIDTH })} opacity={0.85} />
      ))}
      {editors.map((e) => (
        <Group key={`edit:${e.id}`} x={e.x} y={e.y} scaleX={inv} scaleY={inv}>
          <Label y={-22}>
            <Tag fill={e.color} cornerRadius={3} />
            <Text text={`✎ ${e.name} is editing`} fontFamily={SCENE_STYLE.fontFamily} fontSize={12} fill="#ffffff" padding={4} />
          </Label>
        </Group>
      ))}
      {cursors.map((c) => (
        <Group key={c.id} x={c.x} y={c.y} scaleX={inv} scaleY={inv}>
          <Line points={[0, 0, 0, 17, 4.5, 13, 8, 20, 11, 18.5, 7.5, 11.5, 13, 11.5]} closed fill={c.color} stroke="#ffffff" strokeWidth={1.2} />
          <Label x={12} y={18}>
            <Tag fill={c.color} cornerRadius={3} />
            <Text text={c.name} fontFamily={SCENE_STYLE.fontFamily} fontSize={12} fill="#ffffff" padding={4} />
          </Label>
        </Group>
      ))}
    </Layer>
  );
});
