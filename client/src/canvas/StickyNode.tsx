import type Konva from 'konva';
import { memo } from 'react';
import { Group, Rect, Text } from './reactKonva';
import type { SceneSticky } from '../scene/sceneTypes';
import { stickyShapeConfigs } from './stickyShapes';

/** Stable callbacks (the parent keeps their identity), so memoisation holds across renders. */
export interface StickyHandlers {
  onDragStart(id: string, node: Konva.Group): void;
  onDragEnd(id: string, node: Konva.Group): void;
  onPick(id: string): void;
  onEdit(id: string): void;
}

export interface StickyNodeProps {
  sticky: SceneSticky;
  selected: boolean;
  draggable: boolean;
  /** Hidden text while the in-place editor covers it. */
  editing: boolean;
  /** Far zoom: a plain card without text (see stickyShapeConfigs). */
  lowDetail: boolean;
  handlers: StickyHandlers;
}

function StickyNodeImpl({ sticky, selected, draggable, editing, lowDetail, handlers }: StickyNodeProps) {
  const c = stickyShapeConfigs(sticky, selected, lowDetail);
  const id = sticky.id;
  return (
    <Group
      {...c.group}
      draggable={draggable}
      onDragStart={(e) => handlers.onDragStart(id, e.currentTarget as Konva.Group)}
      onDragEnd={(e) => handlers.onDragEnd(id, e.currentTarget as Konva.Group)}
      onPointerClick={(e) => {
        e.cancelBubble = true;
        handlers.onPick(id);
      }}
      onDblClick={(e) => {
        e.cancelBubble = true;
        handlers.onEdit(id);
      }}
      onDblTap={(e) => {
        e.cancelBubble = true;
        handlers.onEdit(id);
      }}
    >
      <Rect {...c.shadow} />
      <Rect {...c.body} />
      <Text {...c.kind} />
      <Text {...c.text} visible={!editing && !lowDetail} />
    </Group>
  );
}

function sameSticky(a: SceneSticky, b: SceneSticky): boolean {
  return (
    a.id === b.id &&
    a.x === b.x &&
    a.y === b.y &&
    a.text === b.text &&
    a.kind === b.kind &&
    a.width === b.width &&
    a.height === b.height &&
    a.fontSize === b.fontSize &&
    a.fill === b.fill
  );
}

/**
 * One sticky. Re-renders only when its own fields, selection, draggability or editing state
 * change: a board of a thousand stickies re-renders one node when one sticky moves, even though
 * every scene rebuild creates new sticky objects.
 */
export const StickyNode = memo(
  StickyNodeImpl,
  (prev, next) =>
    prev.selected === next.selected &&
    prev.draggable === next.draggable &&
    prev.editing === next.editing &&
    prev.lowDetail === next.lowDetail &&
    prev.handlers === next.handlers &&
    sameSticky(prev.sticky, next.sticky),
);
