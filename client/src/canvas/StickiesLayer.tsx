import type Konva from 'konva';
import { forwardRef, memo } from 'react';
import { Layer } from 'react-konva';
import type { SceneSticky } from '../scene/sceneTypes';
import { StickyNode, type StickyHandlers } from './StickyNode';

export interface StickiesLayerProps {
  stickies: SceneSticky[];
  selectedId: string | null;
  editingId: string | null;
  draggable: boolean;
  handlers: StickyHandlers;
}

/**
 * The stickies, in their own layer so panning redraws them but a drag does not (the dragged
 * node is lifted into the drag layer for the drag's duration, see BoardCanvas).
 */
export const StickiesLayer = memo(
  forwardRef<Konva.Layer, StickiesLayerProps>(function StickiesLayer({ stickies, selectedId, editingId, draggable, handlers }, ref) {
    return (
      <Layer ref={ref}>
        {stickies.map((sticky) => (
          <StickyNode
            key={sticky.id}
            sticky={sticky}
            selected={sticky.id === selectedId}
            editing={sticky.id === editingId}
            draggable={draggable}
            handlers={handlers}
          />
        ))}
      </Layer>
    );
  }),
);
