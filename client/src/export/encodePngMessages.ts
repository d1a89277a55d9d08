/** The page → worker request of the PNG encoder worker (encodePngWorker.ts). */
export interface EncodePngRequest {
  bitmap: ImageBitmap;
}

/** The worker → page reply: the PNG, or why it could not be made. */
export type EncodePngReply = { blob: Blob; error?: undefined } | { blob?: undefined; error: string };
