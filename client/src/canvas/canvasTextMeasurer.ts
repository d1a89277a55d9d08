import { SCENE_STYLE } from '../scene/sceneStyle';
import { estimateTextWidth, type MeasureText } from '../scene/wrapTextLines';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/**
 * Measures text with a 2D canvas in the scene's font, as Konva will draw it, so sticky heights
 * and label widths computed by the (pure) scene match the rendered text. Widths are cached per
 * word, which is what wrapping asks for over and over. Falls back to the estimate without a canvas.
 */
export const canvasTextMeasurer: MeasureText = (text, fontSize, bold) => {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth(text, fontSize, bold);
  const key = `${bold ? 'b' : 'n'}${fontSize}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  context.font = `${bold ? 'bold ' : ''}${fontSize}px ${SCENE_STYLE.fontFamily}`;
  const width = context.measureText(text).width;
  // Bounded: a board's vocabulary is small, but pasted text should not grow this forever.
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
};
