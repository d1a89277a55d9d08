import { createElement, lazy, type ComponentType } from 'react';
import { loadChunk } from './ChunkLoadError';

/** A code-split component that can be fetched ahead of its first render. */
export interface PreloadableLazy<P extends object> {
  /** Renders the loaded component directly, or suspends (React.lazy) while it still loads. */
  Component: ComponentType<P>;
  /** Starts loading (once); resolves when the component can render without suspending. */
  preload(): Promise<void>;
}

/**
 * Like `React.lazy`, but once loaded the component renders without suspending. React reveals
 * content that replaces a Suspense fallback at the earliest 300 ms after that fallback appeared,
 * so a page that lazy-loads its canvas behind a fallback pays that throttle on every cold open;
 * preloading before the first render (see main.tsx) avoids the fallback, and its throttle, entirely.
 * A load that fails rejects, and throws to the nearest error boundary, as a `ChunkLoadError`.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (pending ??= loadChunk(load).then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed chunk fetch may succeed on the next attempt
        throw error;
      },
    ));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    return createElement((loaded ?? Lazy) as ComponentType<P>, props);
  }
  return { Component: Preloadable, preload: () => start().then(() => undefined) };
}
