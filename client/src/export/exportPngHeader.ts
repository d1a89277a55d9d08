import type Konva from 'konva';
import { konva } from '../canvas/konva';
import { SCENE_STYLE } from '../scene/sceneStyle';
import type { SceneHeader } from '../scene/sceneTypes';

const still = { listening: false, perfectDrawEnabled: false } as const;

/** The export's header as Konva nodes: title, incident window line and a wrapping legend. */
export function buildExportHeader(header: SceneHeader): Konva.Group {
  const group = new konva.Group({ x: header.x, y: header.y, ...still });
  const font = SCENE_STYLE.fontFamily;
  group.add(new konva.Text({ ...still, x: 0, y: 4, width: header.width, text: header.title, fontSize: 26, fontStyle: 'bold', fontFamily: font, fill: SCENE_STYLE.ink, wrap: 'none', ellipsis: true }));
  group.add(new konva.Text({ ...still, x: 0, y: 40, width: header.width, text: header.subtitle, fontSize: 14, fontFamily: font, fill: SCENE_STYLE.muted }));

  let x = 0;
  let y = 72;
  for (const item of header.legend) {
    const label = new konva.Text({ ...still, text: item.label, fontSize: 12, fontFamily: font, fill: SCENE_STYLE.ink });
    const itemWidth = 22 + label.width() + 18;
    if (x > 0 && x + itemWidth > header.width) {
      x = 0;
      y += 20;
    }
    if (item.shape === 'swatch') {
      group.add(new konva.Rect({ ...still, x, y: y + 1, width: 14, height: 12, fill: item.color, stroke: 'rgba(0,0,0,0.25)', strokeWidth: 1 }));
    } else if (item.shape === 'line') {
      group.add(new konva.Line({ ...still, points: [x, y + 7, x + 16, y + 7], stroke: item.color, strokeWidth: 2.5, dash: [5, 3] }));
    } else {
      group.add(new konva.Circle({ ...still, x: x + 7, y: y + 7, radius: 5, fill: item.color }));
    }
    label.position({ x: x + 22, y: y + 1 });
    group.add(label);
    x += itemWidth;
  }
  return group;
}
