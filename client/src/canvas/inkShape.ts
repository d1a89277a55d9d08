import type Konva from 'konva';
import type { SceneInk } from '../scene/sceneTypes';

/**
 * Konva attributes of a freehand stroke, shared by stored annotations, strokes in progress
 * (local and remote) and the PNG export. Tension smooths the polyline the pointer sampled.
 */
export function inkLineConfig(ink: Pick<SceneInk, 'points' | 'color' | 'width'>): Konva.LineConfig {
  return {
    points: ink.points,
    stroke: ink.color,
    strokeWidth: ink.width,
    lineCap: 'round',
    lineJoin: 'round',
    tension: 0.4,
    hitStrokeWidth: Math.max(12, ink.width),
    perfectDrawEnabled: false,
  };
}
