/// <reference lib="webworker" />
/**
 * Encodes one image as PNG off the page's main thread. Chromium encodes a main-thread
 * `canvas.toBlob` PNG in idle tasks (and waits up to a second for an idle period before it
 * starts); in a worker it encodes at once, and the page stays responsive meanwhile. The pixels
 * arrive as a transferred ImageBitmap and go to the canvas through `bitmaprenderer`, so they
 * are not copied again here.
 */
import type { EncodePngReply, EncodePngRequest } from './encodePngMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EncodePngRequest>) => {
  const { bitmap } = event.data;
  let reply: EncodePngReply;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('bitmaprenderer');
    if (!context) throw new Error('no bitmaprenderer context');
    context.transferFromImageBitmap(bitmap);
    reply = { blob: await canvas.convertToBlob({ type: 'image/png' }) };
  } catch (err) {
    bitmap.close();
    reply = { error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
