/** What to tell someone when a code chunk of the app did not arrive (a dropped network, a redeploy). */
export const PART_NOT_LOADED = 'Part of Gapboard could not be loaded — check your connection and reload the page.';

/**
 * A code chunk (a dynamic `import()`) that did not arrive. Only a reload of the page helps: a
 * browser keeps a failed `import()` failed for the page's life (whatwg/html#10327, which lets it
 * fetch again, is not in every browser yet), and after a redeploy the old chunk's file is gone
 * anyway. So it is told apart from a server error, and nothing offers to "try again".
 */
export class ChunkLoadError extends Error {
  readonly code = 'chunk-load-failed';

  constructor(cause: unknown) {
    super(PART_NOT_LOADED, { cause });
    this.name = 'ChunkLoadError';
  }
}

/** Runs `load`, a dynamic `import()`, turning its failure into a {@link ChunkLoadError}. */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw error instanceof ChunkLoadError ? error : new ChunkLoadError(error);
  });
}
