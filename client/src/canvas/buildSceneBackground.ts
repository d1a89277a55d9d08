import type Konva from 'konva';
import { konva } from './konva';
import { SCENE_ROWS } from '../scene/computeScene';
import { SCENE_STYLE } from '../scene/sceneStyle';
import type { Scene } from '../scene/sceneTypes';

/** Name of the comm dot shapes; their `commId` attribute holds the comm's id. */
export const COMM_DOT_NAME = 'comm-dot';

const font = SCENE_STYLE.fontFamily;
// Static shapes never take pointer events and skip Konva's extra fill/stroke compositing pass.
const still = { listening: false, perfectDrawEnabled: false } as const;

function text(config: Konva.TextConfig): Konva.Text {
  return new konva.Text({ fontFamily: font, ...still, ...config });
}

/**
 * Builds the static part of a scene — bands, gap shading, axis, markers, lanes, the main line,
 * interval labels, suggested ellipses and comm dots — as one plain Konva group. The live canvas
 * mounts it in its background layer (rebuilt only when the scene changes, so panning and
 * dragging never touch it) and the PNG export draws the very same group.
 *
 * Only comm dots listen for pointer events (tooltips); everything else is `listening: false`.
 */
export function buildSceneBackground(scene: Scene): Konva.Group {
  const group = new konva.Group({ name: 'scene-background' });
  const add = (...nodes: Konva.Node[]) => group.add(...(nodes as Konva.Group[]));

  for (const band of scene.bands) {
    add(new konva.Rect({ ...still, x: band.x, y: band.y, width: band.width, height: band.height, fill: band.fill }));
    add(text({ x: band.x + 6, y: band.y + 4, width: Math.max(40, band.width - 12), text: band.label, fontSize: 11, fill: SCENE_STYLE.muted, wrap: 'none', ellipsis: true }));
  }
  for (const shade of scene.gapShades) {
    add(new konva.Rect({ ...still, x: shade.x, y: shade.y, width: shade.width, height: shade.height, fill: shade.fill }));
  }

  const { axis } = scene;
  for (const tick of axis.ticks) {
    add(new konva.Line({ ...still, points: [tick.x, axis.gridY1, tick.x, axis.gridY2], stroke: SCENE_STYLE.grid, strokeWidth: 1 }));
    add(text({ x: tick.x - 40, y: axis.y, width: 80, align: 'center', text: tick.label, fontSize: 13, fill: SCENE_STYLE.muted }));
    if (tick.dateLabel) {
      add(text({ x: tick.x - 50, y: axis.y - 15, width: 100, align: 'center', text: tick.dateLabel, fontSize: 11, fontStyle: 'bold', fill: SCENE_STYLE.muted }));
    }
  }

  for (const marker of scene.markers) {
    add(new konva.Line({ ...still, points: [marker.x, marker.y1, marker.x, marker.y2], stroke: marker.color, strokeWidth: 2, dash: [6, 4] }));
    add(text({ x: marker.x - 90, y: SCENE_ROWS.markerLabelY, width: 180, align: 'center', text: `${marker.label} · ${marker.timeLabel}`, fontSize: 13, fontStyle: 'bold', fill: marker.color }));
  }

  for (const lane of scene.lanes) {
    const guideStart = lane.labelX + lane.labelWidth + 8;
    if (lane.x1 > guideStart) {
      add(new konva.Line({ ...still, points: [guideStart, lane.y, lane.x1, lane.y], stroke: lane.color, strokeWidth: 1, opacity: 0.35, dash: [3, 5] }));
    }
    add(new konva.Line({ ...still, points: [lane.x1, lane.y, lane.x2, lane.y], stroke: lane.color, strokeWidth: 2, opacity: lane.branch ? 0.75 : 0.3 }));
    if (lane.branch) add(new konva.Line({ ...still, points: lane.branch, stroke: lane.color, strokeWidth: 2, opacity: 0.75, lineJoin: 'round' }));
    add(text({ x: lane.labelX, y: lane.y - 8, width: lane.labelWidth, align: 'right', text: lane.name, fontSize: 14, fontStyle: 'bold', fill: lane.color, wrap: 'none', ellipsis: true }));
  }

  const { timeline } = scene;
  add(
    new konva.Line({
      ...still,
      points: [timeline.x1, timeline.y, timeline.x2, timeline.y],
      ...(timeline.placeholder ? { stroke: SCENE_STYLE.grid, strokeWidth: 3, dash: [12, 8] } : { stroke: SCENE_STYLE.timeline, strokeWidth: 4 }),
      lineCap: 'round',
    }),
  );
  for (const moment of timeline.moments) {
    add(new konva.Circle({ ...still, x: moment.x, y: timeline.y, radius: 4.5, fill: '#ffffff', stroke: SCENE_STYLE.timeline, strokeWidth: 2 }));
  }

  for (const label of scene.intervalLabels) {
    if (label.y < SCENE_ROWS.intervalLabelY || label.severity) {
      // A bracket ties a label lifted to an upper row (or a gap's label) to its span.
      add(new konva.Line({ ...still, points: [label.x1 + 2, label.y + 15, label.x2 - 2, label.y + 15], stroke: label.color, strokeWidth: 1, opacity: 0.45 }));
    }
    add(text({ x: label.x, y: label.y, width: label.width, align: 'center', text: label.text, fontSize: SCENE_ROWS.labelFontSize, fontStyle: label.severity ? 'bold' : 'normal', fill: label.color }));
  }

  for (const ellipse of scene.gapEllipses) {
    add(new konva.Ellipse({ ...still, x: ellipse.x, y: ellipse.y, radiusX: ellipse.radiusX, radiusY: ellipse.radiusY, stroke: ellipse.color, strokeWidth: 2.5, dash: [10, 6] }));
    add(new konva.Circle({ ...still, x: ellipse.labelX, y: ellipse.labelY, radius: 11, fill: ellipse.color }));
    add(text({ x: ellipse.labelX - 11, y: ellipse.labelY - 6, width: 22, align: 'center', text: ellipse.label, fontSize: 12, fontStyle: 'bold', fill: '#ffffff' }));
  }

  if (scene.hint) {
    add(text({ x: scene.hint.x - 260, y: scene.hint.y, width: 520, align: 'center', text: scene.hint.text, fontSize: 18, fontStyle: 'italic', fill: SCENE_STYLE.muted }));
  }

  for (const lane of scene.lanes) {
    for (const dot of lane.dots) {
      add(
        new konva.Circle({
          x: dot.x,
          y: dot.y,
          radius: 6,
          fill: dot.outside ? '#ffffff' : dot.color,
          stroke: dot.outside ? dot.color : '#ffffff',
          strokeWidth: 2,
          hitStrokeWidth: 10,
          perfectDrawEnabled: false,
          name: COMM_DOT_NAME,
          commId: dot.id,
        }),
      );
    }
  }
  return group;
}
