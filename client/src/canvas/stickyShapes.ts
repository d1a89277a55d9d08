import type Konva from 'konva';
import { SCENE_STYLE } from '../scene/sceneStyle';
import type { SceneSticky } from '../scene/sceneTypes';

/** Outline of the selected sticky. */
export const SELECTION_COLOR = '#2563eb';

export interface StickyShapeConfigs {
  group: Konva.ContainerConfig;
  shadow: Konva.RectConfig;
  body: Konva.RectConfig;
  kind: Konva.TextConfig;
  text: Konva.TextConfig;
}

/**
 * The Konva attributes of one sticky (group at its world position, body, kind label, text):
 * the live canvas spreads them into react-konva elements and the PNG export into plain Konva
 * nodes, so both draw the same sticky. `lowDetail` drops text and decoration for far zoom levels. Shadows are a flat offset rectangle rather than a
 * canvas shadow, which is far cheaper with a thousand stickies on screen.
 */
export function stickyShapeConfigs(sticky: SceneSticky, selected = false, lowDetail = false): StickyShapeConfigs {
  const { padding, headerHeight, lineHeight } = SCENE_STYLE.sticky;
  if (lowDetail) {
    // Zoomed far out the text would be a few px high: a plain coloured card draws ~20× faster.
    return {
      group: { x: sticky.x, y: sticky.y, id: sticky.id, name: 'sticky' },
      shadow: { visible: false, listening: false },
      body: { width: sticky.width, height: sticky.height, fill: sticky.fill, ...(selected ? { stroke: SELECTION_COLOR, strokeWidth: 6 } : { strokeEnabled: false }), perfectDrawEnabled: false },
      kind: { visible: false, listening: false },
      text: { visible: false, listening: false },
    };
  }
  return {
    group: { x: sticky.x, y: sticky.y, id: sticky.id, name: 'sticky' },
    shadow: { x: 3, y: 4, width: sticky.width, height: sticky.height, cornerRadius: 4, fill: 'rgba(0,0,0,0.13)', listening: false, perfectDrawEnabled: false },
    body: {
      width: sticky.width,
      height: sticky.height,
      cornerRadius: 4,
      fill: sticky.fill,
      stroke: selected ? SELECTION_COLOR : sticky.stroke,
      strokeWidth: selected ? 3 : 1,
      perfectDrawEnabled: false,
      shadowForStrokeEnabled: false,
    },
    kind: {
      x: padding,
      y: 7,
      width: sticky.width - 2 * padding,
      text: sticky.kindLabel.toUpperCase(),
      fontSize: 10,
      fontStyle: 'bold',
      letterSpacing: 0.6,
      fontFamily: SCENE_STYLE.fontFamily,
      fill: sticky.stroke,
      listening: false,
      perfectDrawEnabled: false,
    },
    text: {
      x: padding,
      y: headerHeight,
      width: sticky.width - 2 * padding,
      height: sticky.height - headerHeight - padding,
      text: sticky.text,
      // The scene sized the sticky (and set the font) to show all of its text, as Konva wraps it;
      // the ellipsis only marks a measuring mismatch.
      fontSize: sticky.fontSize,
      lineHeight,
      fontFamily: SCENE_STYLE.fontFamily,
      fill: SCENE_STYLE.ink,
      wrap: 'word',
      ellipsis: true,
      listening: false,
      perfectDrawEnabled: false,
    },
  };
}
