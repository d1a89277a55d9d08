import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './parseRoute';

const listeners = new Set<() => void>();
let current = readLocation();

function readLocation(): { href: string; route: Route } {
  const { pathname, search, hash } = window.location;
  return { href: pathname + search + hash, route: parseRoute(pathname, search, hash) };
}

function refresh(): void {
  const next = readLocation();
  if (next.href === current.href) return;
  current = next;
  listeners.forEach((l) => l());
}

window.addEventListener('popstate', refresh);

/** Pushes (or replaces) a history entry and re-renders the routed page. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  refresh();
}

/** The current route; re-renders on navigation and back/forward. */
export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current.route,
  );
}
