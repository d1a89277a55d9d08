import type Konva from 'konva';
import { forwardRef, memo, useMemo } from 'react';
import { Layer } from './reactKonva';
import type { Rect, SceneSticky } from '../scene/sceneTypes';
import { intersects } from './cullRect';
import { StickyNode, type StickyHandlers } from './StickyNode';

export interface StickiesLayerProps {
  stickies: SceneSticky[];
  /** Only stickies meeting this world rectangle are mounted (Konva itself draws off-screen nodes too). */
  cullRect: Rect;
  lowDetail: boolean;
  selectedId: string | null;
  editingId: string | null;
  draggable: boolean;
  handlers: StickyHandlers;
}

/**
 * The stickies, in their own layer: panning redraws them but a drag does not (the dragged node
 * is lifted into the drag layer for the drag's duration, see BoardCanvas). Off-screen stickies
 * are not mounted, and far out they are drawn as plain cards, which keeps a 1,000-sticky board
 * cheap to draw at every zoom.
 */
export const StickiesLayer = memo(
  forwardRef<Konva.Layer, StickiesLayerProps>(function StickiesLayer(
    { stickies, cullRect, lowDetail, selectedId, editingId, draggable, handlers },
    ref,
  ) {
    const mounted = useMemo(
      () => stickies.filter((s) => s.id === selectedId || s.id === editingId || intersects(s, cullRect)),
      [stickies, cullRect, selectedId, editingId],
    );
    return (
      <Layer ref={ref}>
        {mounted.map((sticky) => (
          <StickyNode
            key={sticky.id}
            sticky={sticky}
            selected={sticky.id === selectedId}
            editing={sticky.id === editingId}
            lowDetail={lowDetail}
            draggable={draggable}
            handlers={handlers}
          />
        ))}
      </Layer>
    );
  }),
);
