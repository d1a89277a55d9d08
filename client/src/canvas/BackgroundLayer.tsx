import type Konva from 'konva';
import { memo, useEffect, useRef } from 'react';
import { Layer } from './reactKonva';
import type { Scene } from '../scene/sceneTypes';
import { buildSceneBackground, COMM_DOT_NAME } from './buildSceneBackground';

export interface BackgroundLayerProps {
  scene: Scene;
  /** A comm dot under the pointer (null when it leaves). Must keep its identity across renders. */
  onCommHover(commId: string | null): void;
  onCommClick(commId: string): void;
}

function commIdOf(target: Konva.Node): string | null {
  return target.hasName(COMM_DOT_NAME) ? (target.getAttr('commId') as string) : null;
}

/**
 * The static scene (timeline, lanes, gaps, labels, comm dots), built imperatively with the same
 * builder as the PNG export. React never reconciles its hundreds of shapes: the layer is rebuilt
 * in one go when the scene changes, and left alone otherwise.
 */
export const BackgroundLayer = memo(function BackgroundLayer({ scene, onCommHover, onCommClick }: BackgroundLayerProps) {
  const layerRef = useRef<Konva.Layer>(null);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    layer.destroyChildren();
    layer.add(buildSceneBackground(scene));
    layer.batchDraw();
  }, [scene]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    layer.on('pointerover.comm', (e) => {
      const id = commIdOf(e.target);
      if (id) onCommHover(id);
    });
    layer.on('pointerout.comm', (e) => {
      if (commIdOf(e.target)) onCommHover(null);
    });
    layer.on('pointerclick.comm', (e) => {
      const id = commIdOf(e.target);
      if (id) {
        e.cancelBubble = true;
        onCommClick(id);
      }
    });
    return () => {
      layer.off('.comm');
    };
  }, [onCommHover, onCommClick]);

  return <Layer ref={layerRef} />;
});
