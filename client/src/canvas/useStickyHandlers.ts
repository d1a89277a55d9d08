import { patchEntity } from '@gapboard/shared';
import type Konva from 'konva';
import { useMemo, type RefObject } from 'react';
import { SCENE_STYLE } from '../scene/sceneStyle';
import { sceneTimeAt } from '../scene/sceneTimeAt';
import type { Scene } from '../scene/sceneTypes';
import type { WriteSubject } from '../editing/writeFailure';
import type { BoardCanvasProps } from './BoardCanvasProps';
import { liftForDrag, type PutBack } from './liftForDrag';
import type { StickyHandlers } from './StickyNode';

/** A sticky open in the in-place editor (world geometry, so the editor follows pan and zoom). */
export interface StickyEdit {
  id: string;
  x: number;
  y: number;
  height: number;
  /** Font size of the text as the sticky shows it. */
  fontSize: number;
  text: string;
  kind: Scene['stickies'][number]['kind'];
  /** Just created (Sticky tool or N): leaving it empty removes it again. */
  isNew?: boolean;
  /** Someone deleted it while it was open here (the editor keeps the words, read-only). */
  deleted?: boolean;
  /** Why the last save was refused, in words for people (the editor keeps the draft). */
  refusal?: string;
}

export interface StickyHandlerDeps {
  /** Latest props and scene (read at event time, so the handlers never change identity). */
  latest: RefObject<{ props: BoardCanvasProps; scene: Scene }>;
  stickiesLayer: RefObject<Konva.Layer | null>;
  dragLayer: RefObject<Konva.Layer | null>;
  select(selection: { collection: 'stickies'; id: string }): void;
  write(subject: WriteSubject, fn: () => void, onFail?: () => void): void;
  onEdit(edit: StickyEdit): void;
  onPick(): void;
}

/**
 * Drag, pick and edit handlers shared by every sticky node. They are created once: memoised
 * sticky nodes compare handler identity, so new handlers would re-render a thousand stickies.
 */
export function useStickyHandlers({ latest, stickiesLayer, dragLayer, select, write, onEdit, onPick }: StickyHandlerDeps): StickyHandlers {
  return useMemo<StickyHandlers>(() => {
    /** How to put each sticky being dragged back into the stickies layer. */
    const lifted = new WeakMap<Konva.Node, PutBack>();
    return {
      onDragStart(id, node) {
        // Lift the sticky into the drag layer: each frame then redraws one node, not the whole layer.
        if (dragLayer.current) lifted.set(node, liftForDrag(node, dragLayer.current));
        select({ collection: 'stickies', id });
      },
      onDragEnd(id, node) {
        const { props: p, scene: s } = latest.current;
        const layer = stickiesLayer.current;
        const putBack = lifted.get(node);
        lifted.delete(node);
        if (layer && putBack) putBack(layer);
        layer?.batchDraw();
        const sticky = s.stickies.find((st) => st.id === id);
        const x = Math.round(node.x());
        const y = Math.round(node.y());
        // Dropped over the timeline, the sticky points at the time under its centre (and so at that gap).
        const at = sceneTimeAt(s, x + (sticky?.width ?? SCENE_STYLE.sticky.width) / 2);
        write(
          { collection: 'stickies', noun: 'sticky', doing: 'moving' },
          () => patchEntity(p.doc, 'stickies', id, { x, y, at }, p.origin),
          () => sticky && node.position({ x: sticky.x, y: sticky.y }),
        );
      },
      onPick(id) {
        onPick();
        select({ collection: 'stickies', id });
      },
      onEdit(id) {
        const { props: p, scene: s } = latest.current;
        const sticky = s.stickies.find((st) => st.id === id);
        if (p.readOnly || !sticky) return;
        onEdit({ id, x: sticky.x, y: sticky.y, height: sticky.height, fontSize: sticky.fontSize, text: sticky.text, kind: sticky.kind });
      },
    };
    // Every dependency is a ref or a stable callback.
  }, [latest, stickiesLayer, dragLayer, select, write, onEdit, onPick]);
}
