import type { Analysis, Board } from '@gapboard/shared';
import type Konva from 'konva';
import { konva } from '../canvas/konva';
import { buildSceneBackground } from '../canvas/buildSceneBackground';
import { canvasTextMeasurer } from '../canvas/canvasTextMeasurer';
import { inkLineConfig } from '../canvas/inkShape';
import { stickyShapeConfigs } from '../canvas/stickyShapes';
import { computeScene } from '../scene/computeScene';
import type { Scene } from '../scene/sceneTypes';
import { buildExportHeader } from './exportPngHeader';

export { pngFileName } from './exportPngFileName';

/** Longest canvas side browsers reliably allocate (Chromium and Firefox cap near 16–32k). */
export const MAX_EXPORT_SIDE_PX = 16_000;
/** Largest canvas area, in pixels: Firefox refuses canvases much past ~125 M pixels. */
export const MAX_EXPORT_AREA_PX = 120_000_000;
/** Blank space around the board in the export, in world px. */
export const EXPORT_PADDING = 48;

export interface ExportPngOptions {
  /** @default 2 — crisp when the PNG is pasted into a review document and zoomed. */
  pixelRatio?: number;
  /** Progress and notices (e.g. a lowered pixel ratio for a very large board). */
  onProgress?(message: string): void;
  /** A notice worth keeping on screen after the export (a lowered pixel ratio); also sent to `onProgress`. */
  onNotice?(message: string): void;
  /** The time standing in for an unset start (see computeScene). @default Date.now() */
  now?: number;
}

/** The pixel ratio that keeps a `width × height` image within the canvas side and area limits. */
export function fitPixelRatio(width: number, height: number, requested: number): number {
  const longest = Math.max(width, height, 1);
  const area = Math.max(1, width) * Math.max(1, height);
  return Math.min(requested, MAX_EXPORT_SIDE_PX / longest, Math.sqrt(MAX_EXPORT_AREA_PX / area));
}

/** Plain Konva nodes of the whole scene (header, background, stickies, ink) on white. */
function buildExportLayer(scene: Scene): Konva.Layer {
  const layer = new konva.Layer({ listening: false });
  const b = scene.exportBounds;
  layer.add(new konva.Rect({ x: b.x - EXPORT_PADDING, y: b.y - EXPORT_PADDING, width: b.width + 2 * EXPORT_PADDING, height: b.height + 2 * EXPORT_PADDING, fill: '#ffffff' }));
  layer.add(buildExportHeader(scene.header));
  layer.add(buildSceneBackground(scene));
  for (const sticky of scene.stickies) {
    const c = stickyShapeConfigs(sticky);
    const group = new konva.Group(c.group);
    group.add(new konva.Rect(c.shadow), new konva.Rect(c.body), new konva.Text(c.kind), new konva.Text(c.text));
    layer.add(group);
  }
  for (const ink of scene.ink) layer.add(new konva.Line(inkLineConfig(ink)));
  return layer;
}

/**
 * Renders the whole board — not the viewport — to a PNG: white background, title, incident
 * window and legend above the board, padding around it, at `pixelRatio` (lowered, with a
 * notice, when the image would exceed the browser's canvas limit). Uses the same scene and
 * node builders as the live canvas, on an offscreen stage in a detached element.
 */
export async function exportBoardPng(board: Board, analysis: Analysis, options: ExportPngOptions = {}): Promise<Blob> {
  const requested = options.pixelRatio ?? 2;
  options.onProgress?.('Laying out the board…');
  const scene = computeScene(board, analysis, { measureText: canvasTextMeasurer, ...(options.now === undefined ? {} : { now: options.now }) });
  const b = scene.exportBounds;
  const width = Math.ceil(b.width + 2 * EXPORT_PADDING);
  const height = Math.ceil(b.height + 2 * EXPORT_PADDING);
  const pixelRatio = fitPixelRatio(width, height, requested);
  if (pixelRatio < requested) {
    const notice = `The board is very large (${width}×${height}); exported at ${pixelRatio.toFixed(2)}× instead of ${requested}× to stay within the browser's image size limit.`;
    options.onNotice?.(notice);
    options.onProgress?.(notice);
  }

  const container = document.createElement('div');
  // The stage shows the scene's world rectangle: shift it so the padded export bounds start at 0,0.
  const stage = new konva.Stage({ container, width, height, x: EXPORT_PADDING - b.x, y: EXPORT_PADDING - b.y, listening: false });
  try {
    stage.add(buildExportLayer(scene));
    options.onProgress?.('Drawing the image…');
    const blob = await stage.toBlob({ pixelRatio, mimeType: 'image/png' });
    if (!(blob instanceof Blob)) throw new Error('The browser could not produce the PNG (the board may be too large to draw).');
    options.onProgress?.('PNG ready');
    return blob;
  } finally {
    stage.destroy();
  }
}
