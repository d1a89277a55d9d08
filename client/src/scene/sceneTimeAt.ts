import type { Scene } from './sceneTypes';

/**
 * The time under world `x` when it falls within the incident window's span of the timeline,
 * else undefined. A sticky whose centre sits over the timeline takes this as its `at`, which
 * attaches it to the interval (gap) it sits on; anywhere else on the board it points at no time.
 */
export function sceneTimeAt(scene: Pick<Scene, 'time'>, x: number): number | undefined {
  const { originMs, pxPerMinute, windowX1, windowX2 } = scene.time;
  if (!(x >= windowX1 && x <= windowX2) || !(pxPerMinute > 0)) return undefined;
  // Whole seconds: finer than a pointer can place, and readable in the document.
  return Math.round((originMs + (x / pxPerMinute) * 60_000) / 1000) * 1000;
}
