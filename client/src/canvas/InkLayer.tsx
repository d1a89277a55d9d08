import type Konva from 'konva';
import { memo, type Ref } from 'react';
import { Layer, Line } from './reactKonva';
import type { SceneInk } from '../scene/sceneTypes';
import { inkLineConfig } from './inkShape';
import { SELECTION_COLOR } from './stickyShapes';

export interface InkLayerProps {
  ink: SceneInk[];
  selectedId: string | null;
  /** Strokes can be picked (to delete them) only with the select tool on an editable board. */
  pickable: boolean;
  onPick(id: string): void;
  /** The stroke being drawn here, updated imperatively point by point (no React render per point). */
  draftRef: Ref<Konva.Line>;
}

/** Stored freehand annotations and the local stroke in progress. */
export const InkLayer = memo(function InkLayer({ ink, selectedId, pickable, onPick, draftRef }: InkLayerProps) {
  return (
    <Layer listening={pickable}>
      {ink.map((a) => (
        <Line
          key={a.id}
          {...inkLineConfig(a)}
          {...(a.id === selectedId ? { shadowColor: SELECTION_COLOR, shadowBlur: 8, shadowOpacity: 0.9 } : {})}
          onPointerClick={(e) => {
            e.cancelBubble = true;
            onPick(a.id);
          }}
        />
      ))}
      <Line ref={draftRef} points={[]} visible={false} listening={false} lineCap="round" lineJoin="round" tension={0.4} perfectDrawEnabled={false} />
    </Layer>
  );
});
