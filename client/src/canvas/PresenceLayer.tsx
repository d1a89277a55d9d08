import type Konva from 'konva';
import { memo, useEffect, useRef } from 'react';
import { Group, Label, Layer, Line, Tag, Text } from './reactKonva';
import { SCENE_STYLE } from '../scene/sceneStyle';
import type { RemoteCursor, RemoteInkStroke } from './BoardCanvasProps';
import { inkLineConfig } from './inkShape';
import { konva } from './konva';
import { useIdleCursors } from './useIdleCursors';

/** Someone editing a sticky: their name over its top-left corner (world coordinates). */
export interface EditorTag {
  /** Their participant id. */
  id: string;
  name: string;
  color: string;
  x: number;
  y: number;
  /** Tags on the same sticky before this one (0 for the first): each sits one row higher. */
  stack: number;
}

/** Screen px between the rows of tags stacked on one sticky (a 12 px name with 4 px padding is 22 px tall). */
export const EDITOR_TAG_ROW = 24;

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
/** Seconds a label takes to fade out once its cursor is idle. */
const FADE_OUT_S = 0.6;

/** One remote cursor: the arrow always, the name tag only while the person moves (it fades when idle). */
function RemoteCursorNode({ cursor, idle, inv }: { cursor: RemoteCursor; idle: boolean; inv: number }) {
  const labelRef = useRef<Konva.Label>(null);
  useEffect(() => {
    const label = labelRef.current;
    if (!label) return;
    if (!idle) {
      // Back at once when they move: a fade-in would lag behind the pointer.
      label.opacity(1);
      label.getLayer()?.batchDraw();
      return;
    }
    const fade = new konva.Tween({ node: label, opacity: 0, duration: FADE_OUT_S });
    fade.play();
    // A move during the fade stops it (the branch above then shows the label again).
    return () => fade.destroy();
  }, [idle]);
  return (
    <Group x={cursor.x} y={cursor.y} scaleX={inv} scaleY={inv}>
      <Line points={[0, 0, 0, 17, 4.5, 13, 8, 20, 11, 18.5, 7.5, 11.5, 13, 11.5]} closed fill={cursor.color} stroke="#ffffff" strokeWidth={1.2} />
      <Label ref={labelRef} x={12} y={18}>
        <Tag fill={cursor.color} cornerRadius={3} />
        <Text text={cursor.name} fontFamily={SCENE_STYLE.fontFamily} fontSize={12} fill="#ffffff" padding={4} />
      </Label>
    </Group>
  );
}

/**
 * Others' cursors (arrow + name tag in their colour), their strokes in progress, and a "✎ name"
 * tag on each sticky someone is editing, above everything. A cursor's name tag fades after a few
 * seconds without movement, so an idle person's label does not sit on the sticky text under it.
 */
export const PresenceLayer = memo(function PresenceLayer({ cursors, ink, editors = [], scale }: PresenceLayerProps) {
  const inv = 1 / scale;
  const idle = useIdleCursors(cursors);
  return (
    <Layer listening={false}>
      {ink.map((stroke) => (
        <Line key={`${stroke.id}:${stroke.strokeId}`} {...inkLineConfig({ points: stroke.points, color: stroke.color, width: LIVE_INK_WIDTH })} opacity={0.85} />
      ))}
      {editors.map((e) => (
        <Group key={`edit:${e.id}`} x={e.x} y={e.y} scaleX={inv} scaleY={inv}>
          <Label y={-22 - e.stack * EDITOR_TAG_ROW}>
            <Tag fill={e.color} cornerRadius={3} />
            <Text text={`✎ ${e.name} is editing`} fontFamily={SCENE_STYLE.fontFamily} fontSize={12} fill="#ffffff" padding={4} />
          </Label>
        </Group>
      ))}
      {cursors.map((c) => (
        <RemoteCursorNode key={c.id} cursor={c} idle={idle.has(c.id)} inv={inv} />
      ))}
    </Layer>
  );
});
