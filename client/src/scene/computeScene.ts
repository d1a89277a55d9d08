import type { Analysis, Board, Interval } from '@gapboard/shared';
import { axisTicks } from './axisTicks';
import { formatMinutes } from './formatMinutes';
import { gapSeverity } from './gapSeverity';
import { branchPoints, laneLayout } from './laneLayout';
import { placeLabelRows } from './placeLabelRows';
import { pointsBounds, unionRects } from './sceneBounds';
import { sceneHeader, sceneLegend } from './sceneHeader';
import { GAP_COLORS, SCENE_STYLE, STICKY_COLORS } from './sceneStyle';
import type {
  Rect,
  Scene,
  SceneBand,
  SceneGapEllipse,
  SceneGapShade,
  SceneIntervalLabel,
  SceneLane,
  SceneMarker,
  SceneSticky,
} from './sceneTypes';
import { timeScale } from './timeScale';
import { cachedStickyTextLayout } from './stickyTextLayout';
import { stickiesBelow } from './stickiesBelow';
import { stickyDrawOrder } from './stickyDrawOrder';
import { stickyRooms } from './stickyRooms';
import { estimateTextWidth, type MeasureText } from './wrapTextLines';
import { zonedClock } from '../time/zonedTime';

const MS_PER_MINUTE = 60_000;

/** Vertical layout above the main line (y = 0); lanes go below it. */
export const SCENE_ROWS = {
  markerLabelY: -168,
  axisLabelY: -128,
  gridTop: -100,
  bandLabelY: -96,
  intervalLabelY: -26,
  intervalRowHeight: 17,
  intervalRows: 3,
  labelFontSize: 13,
  ellipseRadiusY: 38,
} as const;

export interface ComputeSceneOptions {
  /** Stands in for the window when the board has no start yet. @default Date.now() */
  now?: number;
  /**
   * Text width in px, for label widths and sticky heights. The browser passes a canvas
   * measurer (see canvas/canvasTextMeasurer) so stickies grow to fit their text exactly as
   * Konva wraps it; the default estimate serves tests.
   */
  measureText?: MeasureText;
  /**
   * Lane labels as wide as the longest channel name (the PNG export, which has the room). The
   * live canvas cuts them at {@link LANE_LABEL_WIDTH}, so the timeline starts where the view
   * expects it whatever the names. @default false
   */
  fullLaneLabels?: boolean;
}

/** Width of the channel labels left of the lanes on the live canvas (longer names end in "…"). */
export const LANE_LABEL_WIDTH = 180;
/** Lane label font: 14 px bold (see buildSceneBackground). */
const LANE_LABEL_FONT_SIZE = 14;

/**
 * Px per minute that keeps the shorter intervals legible: the lower-quartile interval should be
 * about a label wide. Clamped so a burst of comms a few seconds apart cannot blow the board up.
 */
function densityMinPxPerMinute(intervals: readonly Interval[]): number {
  if (intervals.length < 4) return 2;
  const sorted = intervals.map((i) => i.minutes).sort((a, b) => a - b);
  const q = Math.max(0.5, sorted[Math.floor(sorted.length / 4)]!);
  return Math.min(12, Math.max(2, 44 / q));
}

/** The window to draw: the analysis's, else the comms' span, else the two hours before `now`. */
function drawWindow(board: Board, analysis: Analysis, now: number): { from: number; to: number; placeholder: boolean } {
  if (analysis.window) return { ...analysis.window, placeholder: false };
  const times = board.comms.map((c) => c.at);
  if (times.length > 0) return { from: Math.min(...times), to: Math.max(...times, Math.min(...times) + 60 * MS_PER_MINUTE), placeholder: true };
  return { from: now - 120 * MS_PER_MINUTE, to: now, placeholder: true };
}

/**
 * Lays out a whole board as a {@link Scene}: time runs along x (x = 0 at the initial alert),
 * the main timeline is y = 0 with the axis, phase bands and interval labels above it and one
 * lane per channel below. Pure: the same inputs give the same scene, with no DOM or Konva.
 */
export function computeScene(board: Board, analysis: Analysis, options: ComputeSceneOptions = {}): Scene {
  const measure = options.measureText ?? estimateTextWidth;
  const clock = zonedClock(board.meta.timeZone);
  const win = drawWindow(board, analysis, options.now ?? Date.now());
  const scale = timeScale(win, { minPxPerMinute: densityMinPxPerMinute(analysis.intervals) });
  const x = scale.x;

  // Comms a little outside the window (warned about by the analysis) widen the drawn range, up
  // to one window length; those further out are pinned to the edge and drawn hollow.
  const span = scale.window.to - scale.window.from;
  const reach = { from: scale.window.from - Math.max(span, 60 * MS_PER_MINUTE), to: scale.window.to + Math.max(span, 60 * MS_PER_MINUTE) };
  let drawFrom = scale.domain.from;
  let drawTo = scale.domain.to;
  const pad = scale.domain.to - scale.window.to;
  for (const c of board.comms) {
    if (c.at < drawFrom && c.at >= reach.from) drawFrom = c.at - pad;
    if (c.at > drawTo && c.at <= reach.to) drawTo = c.at + pad;
  }
  const drawX1 = x(drawFrom);
  const drawX2 = x(drawTo);

  const layout = laneLayout(board.channels);
  const labelWidth = options.fullLaneLabels
    ? Math.max(LANE_LABEL_WIDTH, ...layout.lanes.map((l) => Math.ceil(measure(l.name, LANE_LABEL_FONT_SIZE, true)) + 4))
    : LANE_LABEL_WIDTH;
  // Room left of the time range for the labels, right-aligned 10 px before it.
  const labelGutter = labelWidth + 10;
  const bottom = layout.bottom;
  const mainY = layout.mainY;

  const bands: SceneBand[] = (['investigation', 'escalation'] as const).flatMap((kind) => {
    const phase = board.meta[kind];
    if (!phase) return [];
    const x1 = x(phase.from);
    return [{ kind, label: SCENE_STYLE.bands[kind].label, fill: SCENE_STYLE.bands[kind].fill, x: x1, y: SCENE_ROWS.gridTop, width: Math.max(1, x(phase.to) - x1), height: bottom - SCENE_ROWS.gridTop }];
  });

  const markers: SceneMarker[] = win.placeholder
    ? []
    : [
        { kind: 'alert', x: x(win.from), label: 'Initial alert', timeLabel: clock.time(win.from), color: SCENE_STYLE.markers.alert, y1: SCENE_ROWS.markerLabelY + 16, y2: bottom },
        analysis.ongoing
          ? { kind: 'now', x: x(win.to), label: 'Now (ongoing)', timeLabel: clock.time(win.to), color: SCENE_STYLE.markers.now, y1: SCENE_ROWS.markerLabelY + 16, y2: bottom }
          : { kind: 'resolution', x: x(win.to), label: 'Resolution', timeLabel: clock.time(win.to), color: SCENE_STYLE.markers.resolution, y1: SCENE_ROWS.markerLabelY + 16, y2: bottom },
      ];

  const showAxis = !win.placeholder || board.comms.length > 0;
  const ticks = (showAxis ? axisTicks({ from: drawFrom, to: drawTo }, clock.timeZone, { pxPerMinute: scale.pxPerMinute }) : []).map((tick) => ({
    x: x(tick.t),
    label: tick.label,
    ...(tick.dateLabel ? { dateLabel: tick.dateLabel } : {}),
  }));

  const channelNames = new Map(board.channels.map((c) => [c.id, c.name]));
  const lanes: SceneLane[] = layout.lanes.map((slot) => {
    const comms = board.comms.filter((c) => c.channelId === slot.channelId);
    // Every used channel branches off at the initial alert, where the main line begins (comms
    // sent before it sit on the lane's dotted lead-in, drawn hollow).
    const branchX = comms.length === 0 ? null : x(win.from);
    return {
      channelId: slot.channelId,
      name: slot.name,
      color: slot.color,
      y: slot.y,
      x1: branchX === null ? drawX1 : branchX + 14,
      x2: drawX2,
      branch: branchX === null ? null : branchPoints(branchX, mainY, slot.y),
      labelX: drawX1 - labelGutter,
      labelWidth,
      dots: comms.map((c) => {
        const outside = !win.placeholder && (c.at < win.from || c.at > win.to);
        const when = outside ? `${clock.date(c.at)} ${clock.time(c.at)} (outside the incident window)` : clock.time(c.at);
        return {
          id: c.id,
          channelId: c.channelId,
          x: Math.min(drawX2, Math.max(drawX1, x(c.at))),
          y: slot.y,
          color: slot.color,
          outside,
          tooltip: `${when} · ${c.sender.trim() || 'unknown sender'} · ${channelNames.get(c.channelId) ?? c.channelId}\n${c.summary.trim() || '(no text)'}`,
        };
      }),
    };
  });

  const cadence = board.meta.cadenceMinutes;
  const rankOf = new Map(analysis.gaps.map((g) => [`${g.from}:${g.to}`, g.rank]));
  const spans = analysis.intervals.map((interval) => {
    const text = formatMinutes(interval.minutes);
    const cx = (x(interval.from) + x(interval.to)) / 2;
    const w = measure(text, SCENE_ROWS.labelFontSize, interval.overTarget) + 8;
    return { interval, text, x1: cx - w / 2, x2: cx + w / 2, width: w };
  });
  const rows = placeLabelRows(spans, SCENE_ROWS.intervalRows);
  const intervalLabels: SceneIntervalLabel[] = spans.map((s, i) => {
    const severity = gapSeverity(s.interval.minutes, cadence);
    return {
      x: s.x1,
      y: SCENE_ROWS.intervalLabelY - rows[i]! * SCENE_ROWS.intervalRowHeight,
      width: s.width,
      text: s.text,
      severity,
      color: severity ? GAP_COLORS[severity].text : SCENE_STYLE.muted,
      x1: x(s.interval.from),
      x2: x(s.interval.to),
    };
  });

  const gapShades: SceneGapShade[] = [];
  const gapEllipses: SceneGapEllipse[] = [];
  for (const interval of analysis.intervals) {
    const severity = gapSeverity(interval.minutes, cadence);
    if (!severity) continue;
    const x1 = x(interval.from);
    const x2 = x(interval.to);
    const rank = rankOf.get(`${interval.from}:${interval.to}`) ?? 0;
    gapShades.push({ severity, fill: GAP_COLORS[severity].fill, rank, x: x1, y: SCENE_ROWS.gridTop + 18, width: x2 - x1, height: bottom - SCENE_ROWS.gridTop - 18 });
    if (rank >= 1 && rank <= 3) {
      const radiusX = (x2 - x1) / 2 + 18;
      const radiusY = SCENE_ROWS.ellipseRadiusY;
      const cx = (x1 + x2) / 2;
      const cy = mainY - 12;
      gapEllipses.push({
        rank,
        x: cx,
        y: cy,
        radiusX,
        radiusY,
        label: String(rank),
        labelX: cx + radiusX * Math.SQRT1_2,
        labelY: cy - radiusY * Math.SQRT1_2,
        color: SCENE_STYLE.ellipse,
      });
    }
  }
  gapEllipses.sort((a, b) => a.rank - b.rank);

  // Each sticky grows only as far as the sticky below it (its room), and the few that cannot
  // fit even so are drawn under the stickies they reach: every sticky's words stay readable.
  const footprints = board.stickies.map((s) => ({ x: s.x, y: s.y, width: SCENE_STYLE.sticky.width }));
  const below = stickiesBelow(footprints);
  const rooms = stickyRooms(footprints, below);
  const laidOut: SceneSticky[] = board.stickies.map((s, i) => {
    const room = rooms[i]!;
    const { fontSize, height } = cachedStickyTextLayout(s.text, measure, room);
    return {
      id: s.id,
      kind: s.kind,
      text: s.text,
      x: s.x,
      y: s.y,
      width: SCENE_STYLE.sticky.width,
      height,
      fontSize,
      room,
      fill: STICKY_COLORS[s.kind].fill,
      stroke: STICKY_COLORS[s.kind].stroke,
      kindLabel: STICKY_COLORS[s.kind].label,
    };
  });
  const stickies = stickyDrawOrder(laidOut, below).map((i) => laidOut[i]!);
  const ink = board.annotations.map((a) => ({ id: a.id, points: a.points, color: a.color, width: a.width }));

  let hint: Scene['hint'] = null;
  if (win.placeholder) hint = { x: (x(win.from) + x(win.to)) / 2, y: mainY + 34, text: 'Set when the incident started (Prep) to draw its timeline' };
  else if (board.channels.length === 0) hint = { x: (x(win.from) + x(win.to)) / 2, y: mainY + 40, text: 'Add the channels you used (status page, email…) and their comms' };

  const timelineBounds: Rect = {
    x: lanes.length > 0 ? drawX1 - labelGutter : drawX1,
    y: SCENE_ROWS.markerLabelY - 6,
    width: drawX2 - drawX1 + (lanes.length > 0 ? labelGutter : 0),
    height: bottom + 10 - SCENE_ROWS.markerLabelY,
  };
  const fixedRects: Rect[] = [
    timelineBounds,
    ...bands, // a stage may run past the resolution
    ...gapEllipses.map((e) => ({ x: e.x - e.radiusX, y: e.y - e.radiusY - 14, width: 2 * e.radiusX + 14, height: 2 * e.radiusY + 14 })),
  ];
  if (hint) fixedRects.push({ x: hint.x - 260, y: hint.y - 10, width: 520, height: 24 });
  const fixedBounds = unionRects(fixedRects);
  const bounds = unionRects([fixedBounds, ...stickies, ...ink.flatMap((a) => pointsBounds(a.points, a.width) ?? [])]);
  const legend = sceneLegend({
    bands: new Set(bands.map((b) => b.kind)),
    gapSeverities: new Set(gapShades.map((g) => g.severity)),
    circledGaps: gapEllipses.length > 0,
    comms: board.comms.length > 0,
    stickyKinds: new Set(board.stickies.map((s) => s.kind)),
  });
  const header = sceneHeader(board, win.placeholder ? null : win, analysis.ongoing, clock, bounds, legend);

  return {
    bands,
    markers,
    axis: { y: SCENE_ROWS.axisLabelY, ticks, gridY1: SCENE_ROWS.gridTop, gridY2: bottom },
    timeline: { x1: x(win.from), x2: x(win.to), y: mainY, placeholder: win.placeholder, moments: analysis.moments.map((m) => ({ x: x(m.at), at: m.at })) },
    lanes,
    intervalLabels,
    gapShades,
    gapEllipses,
    stickies,
    ink,
    hint,
    header,
    bounds,
    timelineBounds,
    fixedBounds,
    exportBounds: unionRects([bounds, header]),
    time: { originMs: scale.window.from, pxPerMinute: scale.pxPerMinute, from: drawFrom, to: drawTo, windowX1: x(win.from), windowX2: x(win.to) },
  };
}
