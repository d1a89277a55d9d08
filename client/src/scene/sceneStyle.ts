import type { StickyKind } from '@gapboard/shared';
import type { GapSeverity } from './sceneTypes';

/**
 * Colours and sizes of the scene, in one place so the canvas, the export's legend and the DOM
 * panels (which may show the same swatches) agree.
 */
export const SCENE_STYLE = {
  ink: '#1f2937',
  muted: '#6b7280',
  grid: '#e5e7eb',
  timeline: '#111827',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  bands: {
    investigation: { fill: '#dbeafe', label: 'Investigation' },
    escalation: { fill: '#ede9fe', label: 'Escalation / decisions / changes' },
  },
  markers: { alert: '#dc2626', resolution: '#16a34a', now: '#f59e0b' },
  ellipse: '#dc2626',
  /**
   * Stickies are a fixed width and grow with their text from min to max height; longer text
   * steps down through the smaller `fontSizes`, then grows past max (see stickyTextLayout). A
   * sticky with another sticky below it grows only to `roomGap` above that one; text that does
   * not fit there steps on down through `crowdedFontSizes` (see stickyRooms).
   */
  sticky: {
    width: 170,
    minHeight: 110,
    maxHeight: 280,
    headerHeight: 24,
    fontSize: 14,
    fontSizes: [14, 12, 11],
    crowdedFontSizes: [10, 9, 8, 7, 6],
    roomGap: 8,
    lineHeight: 1.2,
    padding: 10,
  },
} as const;

/** Sticky fill and outline by kind: issue is the classic yellow, the others clearly distinct. */
export const STICKY_COLORS: Record<StickyKind, { fill: string; stroke: string; label: string }> = {
  issue: { fill: '#ffd166', stroke: '#b7892a', label: 'Issue' },
  'root-cause': { fill: '#f4a6c6', stroke: '#b0587e', label: 'Root cause' },
  note: { fill: '#bde0fe', stroke: '#4f86b8', label: 'Note' },
  action: { fill: '#b9f0c0', stroke: '#3f9a52', label: 'Action' },
};

/** Gap shading by how far the interval overshoots the cadence target. */
export const GAP_COLORS: Record<GapSeverity, { fill: string; text: string; label: string }> = {
  over: { fill: 'rgba(251, 191, 36, 0.22)', text: '#92400e', label: 'Over target' },
  double: { fill: 'rgba(249, 115, 22, 0.26)', text: '#9a3412', label: '≥ 2× target' },
  quadruple: { fill: 'rgba(220, 38, 38, 0.24)', text: '#991b1b', label: '≥ 4× target' },
};
