import { describe, expect, it } from 'vitest';
import { ChunkLoadError, loadChunk, PART_NOT_LOADED } from './ChunkLoadError';

describe('loadChunk', () => {
  it('passes a loaded module through', async () => {
    await expect(loadChunk(() => Promise.resolve({ answer: 42 }))).resolves.toEqual({ answer: 42 });
  });

  it('turns a failed import into a ChunkLoadError that says what to do, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/exportPng-0ld.js');
    const error = await loadChunk(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChunkLoadError);
    expect(error).toMatchObject({ code: 'chunk-load-failed', message: PART_NOT_LOADED, cause });
  });

  it('does not wrap twice', async () => {
    const inner = new ChunkLoadError(new Error('offline'));
    await expect(loadChunk(() => Promise.reject(inner))).rejects.toBe(inner);
  });
});
