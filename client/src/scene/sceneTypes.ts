import type { StickyKind } from '@gapboard/shared';

/**
 * The scene: a plain-data description of everything the board draws, in world coordinates.
 * `computeScene` builds it from a board and its analysis; the live canvas and the PNG export
 * both draw exactly this, so what the meeting sees is what the export saves (STYLE.md rule 5).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far an interval overshoots the cadence target: over it, at least 2×, at least 4×. */
export type GapSeverity = 'over' | 'double' | 'quadruple';

/** A shaded phase of the incident (investigation, escalation/decisions/changes). */
export interface SceneBand extends Rect {
  kind: 'investigation' | 'escalation';
  label: string;
  fill: string;
}

/** A vertical marker: the initial alert, the resolution, or "now" while the incident is ongoing. */
export interface SceneMarker {
  kind: 'alert' | 'resolution' | 'now';
  x: number;
  y1: number;
  y2: number;
  label: string;
  /** The marker's time, formatted in the board's zone. */
  timeLabel: string;
  color: string;
}

export interface SceneTick {
  x: number;
  label: string;
  /** Set on the first tick and wherever the calendar date changes. */
  dateLabel?: string;
}

export interface SceneAxis {
  /** Baseline of the tick labels. */
  y: number;
  ticks: SceneTick[];
  /** Vertical extent of the faint grid lines under each tick. */
  gridY1: number;
  gridY2: number;
}

/** The main timeline, from the initial alert to the resolution (or now). */
export interface SceneTimeline {
  x1: number;
  x2: number;
  y: number;
  /** No incident start yet: the line only shows where the timeline will be. */
  placeholder: boolean;
  /** Update moments on the main line (comms within 60 s of each other count once). */
  moments: Array<{ x: number; at: number }>;
}

export interface SceneCommDot {
  id: string;
  channelId: string;
  x: number;
  y: number;
  color: string;
  /** Outside the incident window (the analysis warns about it); drawn hollow. */
  outside: boolean;
  /** Multi-line text shown on hover: time, sender, channel, summary. */
  tooltip: string;
}

export interface SceneLane {
  channelId: string;
  name: string;
  color: string;
  y: number;
  /** Lane line from the branch point to the end of the drawn time range. */
  x1: number;
  x2: number;
  /** Flat points of the branch off the main line; null for a channel never used. */
  branch: number[] | null;
  /** Label position (right-aligned, left of the time range). */
  labelX: number;
  labelWidth: number;
  dots: SceneCommDot[];
}

export interface SceneIntervalLabel {
  x: number;
  y: number;
  /** Width of the interval on screen; the label is centred on it. */
  width: number;
  text: string;
  severity: GapSeverity | null;
  color: string;
  /** The interval's span on the main line, drawn as a thin bracket. */
  x1: number;
  x2: number;
}

export interface SceneGapShade extends Rect {
  severity: GapSeverity;
  fill: string;
  rank: number;
}

/** The suggested dashed ellipse around one of the three biggest gaps. */
export interface SceneGapEllipse {
  rank: number;
  x: number;
  y: number;
  radiusX: number;
  radiusY: number;
  label: string;
  labelX: number;
  labelY: number;
  color: string;
}

export interface SceneSticky extends Rect {
  id: string;
  kind: StickyKind;
  text: string;
  fill: string;
  /** Darker edge of the same hue, for the outline and the kind label. */
  stroke: string;
  kindLabel: string;
  /** Font size of the text: smaller for long text, so that all of it shows (see stickyTextLayout). */
  fontSize: number;
  /** Height it may take without reaching the sticky below it; Infinity when nothing is below (see stickyRooms). */
  room: number;
}

export interface SceneInk {
  id: string;
  points: number[];
  color: string;
  width: number;
}

export interface SceneLegendItem {
  label: string;
  /** 'swatch' = filled square, 'line' = dashed stroke, 'dot' = circle. */
  shape: 'swatch' | 'line' | 'dot';
  color: string;
}

/** Title, incident window and legend, drawn above the board in the PNG export. */
export interface SceneHeader extends Rect {
  title: string;
  subtitle: string;
  legend: SceneLegendItem[];
}

export interface Scene {
  bands: SceneBand[];
  markers: SceneMarker[];
  axis: SceneAxis;
  timeline: SceneTimeline;
  lanes: SceneLane[];
  intervalLabels: SceneIntervalLabel[];
  gapShades: SceneGapShade[];
  gapEllipses: SceneGapEllipse[];
  /** In drawing order, later ones on top (see stickyDrawOrder). */
  stickies: SceneSticky[];
  ink: SceneInk[];
  /** A hint drawn in the middle of the timeline (e.g. no start time yet); null otherwise. */
  hint: { x: number; y: number; text: string } | null;
  header: SceneHeader;
  /** Everything the live canvas draws. */
  bounds: Rect;
  /** The timeline with its lanes, markers and axis (no stickies or ink): what a first view must show readably. */
  timelineBounds: Rect;
  /**
   * Everything drawn but the stickies and ink: the timeline with its axis, lanes and labels,
   * stages, suggested circles and hints. A new sticky is placed outside it (freeStickySpot).
   */
  fixedBounds: Rect;
  /** `bounds` plus the header: what the PNG export saves. */
  exportBounds: Rect;
  /** The time ↔ x mapping of this scene, as numbers (the scale itself lives in `timeScale`). */
  time: { originMs: number; pxPerMinute: number; from: number; to: number; windowX1: number; windowX2: number };
}
