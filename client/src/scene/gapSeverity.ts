import type { GapSeverity } from './sceneTypes';

/**
 * Severity of an interval of `minutes` against the cadence target: `over` when strictly longer
 * (the analysis's definition of a gap), `double` from 2× and `quadruple` from 4× the target;
 * null when within target.
 */
export function gapSeverity(minutes: number, cadenceMinutes: number): GapSeverity | null {
  if (!(minutes > cadenceMinutes)) return null;
  if (minutes >= 4 * cadenceMinutes) return 'quadruple';
  if (minutes >= 2 * cadenceMinutes) return 'double';
  return 'over';
}
