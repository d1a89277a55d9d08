import type { Analysis, Board } from '@gapboard/shared';
import type Konva from 'konva';
import { konva } from '../canvas/konva';
import { buildSceneBackground } from '../canvas/buildSceneBackground';
import { canvasTextMeasurer } from '../canvas/canvasTextMeasurer';
import { inkLineConfig } from '../canvas/inkShape';
import { stickyShapeConfigs } from '../canvas/stickyShapes';
import { computeScene } from '../scene/computeScene';
import type { Scene } from '../scene/sceneTypes';
import type { EncodePngReply, EncodePngRequest } from './encodePngMessages';
import { buildExportHeader } from './exportPngHeader';

export { pngFileName } from './exportPngFileName';

/** Longest canvas side browsers reliably allocate (Chromium and Firefox cap near 16–32k). */
export const MAX_EXPORT_SIDE_PX = 16_000;
/** Largest canvas area, in pixels: Firefox refuses canvases much past ~125 M pixels. */
export const MAX_EXPORT_AREA_PX = 120_000_000;
/**
 * Images above this many pixels give the browser a paint before drawing, so the progress message
 * shows; smaller ones are done in well under a second and skip the wait.
 */
export const PAINT_PROGRESS_ABOVE_PX = 16_000_000;
/** Blank space around the board in the export, in world px. */
export const EXPORT_PADDING = 48;

export interface ExportPngOptions {
  /** @default 2 — crisp when the PNG is pasted into a review document and zoomed. */
  pixelRatio?: number;
  /**
   * Progress and notices (e.g. a lowered pixel ratio for a very large board). Before a long step
   * the export waits for one frame, so a caller that renders the message should commit it
   * synchronously (React: flushSync) for it to be on screen during that step.
   */
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

/**
 * The scene the PNG draws: the live canvas's, but with whole channel names left of the lanes
 * (the canvas cuts them at 180 px, "X / Twitter @ShopCo…"; the image has the room).
 */
export function exportScene(board: Board, analysis: Analysis, now?: number): Scene {
  return computeScene(board, analysis, { measureText: canvasTextMeasurer, fullLaneLabels: true, ...(now === undefined ? {} : { now }) });
}

/**
 * Plain Konva nodes of the whole scene (header, background, stickies, ink) on white, in one group
 * shifted so that the padded export bounds start at 0,0. Deliberately on no stage: adding a layer
 * to a stage allocates the layer's own screen-sized canvases and draws it there at once, and every
 * later attribute change would queue another whole redraw for the next frame.
 */
function buildExportRoot(scene: Scene): Konva.Group {
  const b = scene.exportBounds;
  const root = new konva.Group({ x: EXPORT_PADDING - b.x, y: EXPORT_PADDING - b.y, listening: false });
  root.add(new konva.Rect({ x: b.x - EXPORT_PADDING, y: b.y - EXPORT_PADDING, width: b.width + 2 * EXPORT_PADDING, height: b.height + 2 * EXPORT_PADDING, fill: '#ffffff' }));
  root.add(buildExportHeader(scene.header));
  root.add(buildSceneBackground(scene));
  for (const sticky of scene.stickies) {
    const c = stickyShapeConfigs(sticky);
    const group = new konva.Group(c.group);
    group.add(new konva.Rect(c.shadow), new konva.Rect(c.body), new konva.Text(c.kind), new konva.Text(c.text));
    root.add(group);
  }
  for (const ink of scene.ink) root.add(new konva.Line(inkLineConfig(ink)));
  return root;
}

/** The page timeline entries of one export (read by the benchmarks); an export replaces the previous one's. */
const EXPORT_TIMINGS = ['gapboard:export-start', 'gapboard:export-layout', 'gapboard:export-draw', 'gapboard:export-encode'];

function clearExportTimings(): void {
  for (const name of EXPORT_TIMINGS) {
    performance.clearMarks(name);
    performance.clearMeasures(name);
  }
}

/** Resolves after the browser had a chance to paint (so a progress message shows before long work). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

function mainThreadPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not produce the PNG (the board may be too large to draw).'))), 'image/png');
  });
}

/** The PNG encoder worker (encodePngWorker.ts). */
interface EncoderWorker {
  worker: Worker;
  /** Rejects once the worker reports an error, e.g. when its script could not load (a message posted then would never be answered). */
  failed: Promise<never>;
}

/** Starts the encoder worker, early, so that it has loaded by the time the image is drawn; null without worker support. */
function startEncoderWorker(): EncoderWorker | null {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function' || typeof createImageBitmap !== 'function') return null;
  try {
    const worker = new Worker(new URL('./encodePngWorker.ts', import.meta.url), { type: 'module', name: 'gapboard-png-encoder' });
    const failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the PNG encoder worker failed')), { once: true });
      worker.addEventListener('messageerror', () => reject(new Error('the PNG encoder worker sent an unreadable reply')), { once: true });
    });
    failed.catch(() => {}); // observed by encodePng; no unhandled rejection if the worker is never used
    return { worker, failed };
  } catch {
    return null;
  }
}

/** The canvas as a PNG, encoded by the worker off the main thread, else (no worker, or it failed) by `canvas.toBlob`. */
async function encodePng(canvas: HTMLCanvasElement, encoder: EncoderWorker | null): Promise<Blob> {
  if (encoder) {
    try {
      const bitmap = await createImageBitmap(canvas);
      const replied = new Promise<EncodePngReply>((resolve) => {
        encoder.worker.onmessage = (event: MessageEvent<EncodePngReply>) => resolve(event.data);
      });
      const request: EncodePngRequest = { bitmap };
      encoder.worker.postMessage(request, [bitmap]);
      const reply = await Promise.race([replied, encoder.failed]);
      if (reply.blob) return reply.blob;
    } catch {
      // Fall through: the main thread can still encode the canvas.
    }
  }
  return mainThreadPng(canvas);
}

/**
 * Renders the whole board — not the viewport — to a PNG: white background, title, incident
 * window and legend above the board, padding around it, at `pixelRatio` (lowered, with a
 * notice, when the image would exceed the browser's canvas limit). Uses the same scene and
 * node builders as the live canvas, in a detached group drawn once into the export canvas.
 *
 * The PNG is encoded in a worker (Chromium's native encoder, faster than any encoder we could run
 * in JS). On a big image the progress message gets a paint before the drawing blocks the page.
 */
export async function exportBoardPng(board: Board, analysis: Analysis, options: ExportPngOptions = {}): Promise<Blob> {
  const encoder = startEncoderWorker();
  const requested = options.pixelRatio ?? 2;
  let root: Konva.Group | null = null;
  let canvas: HTMLCanvasElement | null = null;
  try {
    options.onProgress?.('Laying out the board…');
    clearExportTimings(); // a page exporting all meeting long must not grow its timeline
    performance.mark('gapboard:export-start');
    const scene = exportScene(board, analysis, options.now);
    const b = scene.exportBounds;
    const width = Math.ceil(b.width + 2 * EXPORT_PADDING);
    const height = Math.ceil(b.height + 2 * EXPORT_PADDING);
    const pixelRatio = fitPixelRatio(width, height, requested);
    if (pixelRatio < requested) {
      const notice = `The board is very large (${width}×${height}); exported at ${pixelRatio.toFixed(2)}× instead of ${requested}× to stay within the browser's image size limit.`;
      options.onNotice?.(notice);
      options.onProgress?.(notice);
    }
    const widthPx = Math.ceil(width * pixelRatio);
    const heightPx = Math.ceil(height * pixelRatio);
    const size = `${widthPx.toLocaleString('en')} × ${heightPx.toLocaleString('en')} px`;
    const paint = widthPx * heightPx > PAINT_PROGRESS_ABOVE_PX ? nextPaint : () => Promise.resolve();

    root = buildExportRoot(scene);
    performance.measure('gapboard:export-layout', 'gapboard:export-start');
    options.onProgress?.(`Drawing the image (${size})…`);
    await paint();
    performance.mark('gapboard:export-draw');
    // One draw, straight into the export canvas (stage.toCanvas drew each layer into a canvas of
    // its own and copied that into a second full-size one).
    canvas = root.toCanvas({ x: 0, y: 0, width, height, pixelRatio });
    performance.measure('gapboard:export-draw', 'gapboard:export-draw');
    // No paint wait here: the worker encodes while the main thread is free to show this.
    options.onProgress?.(`Encoding the PNG (${size})…`);
    performance.mark('gapboard:export-encode');
    const blob = await encodePng(canvas, encoder);
    performance.measure('gapboard:export-encode', 'gapboard:export-encode');
    options.onProgress?.('PNG ready');
    return blob;
  } finally {
    encoder?.worker.terminate();
    // Frees the (up to 480 MB) backing store now rather than at the next garbage collection.
    if (canvas) konva.Util.releaseCanvas(canvas);
    root?.destroy();
  }
}
