// @vitest-environment jsdom
import { Suspense } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PART_NOT_LOADED } from './ChunkLoadError';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadableLazy } from './preloadableLazy';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it("asks for a reload, not another try, when a lazy part's code did not arrive", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const canvas = preloadableLazy<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/BoardCanvas-0ld.js')));
    render(
      <ErrorBoundary label="the canvas">
        <Suspense fallback={<p>Loading…</p>}>
          <canvas.Component />
        </Suspense>
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sorry, the canvas could not be shown.');
    expect(alert.textContent).toContain(PART_NOT_LOADED);
    expect(alert.textContent).not.toContain('Failed to fetch');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('still offers another try, with the message, for an error while rendering', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('an entry the panel did not expect');
    }
    render(
      <ErrorBoundary label="the gaps panel">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('an entry the panel did not expect');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });
});
