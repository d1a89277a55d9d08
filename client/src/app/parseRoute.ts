/**
 * The app's routes. A tiny history router is enough for two pages; it keeps the facilitator key
 * (in the URL fragment right after creation) out of any request: fragments are never sent.
 */
export type Route =
  | { name: 'home' }
  | {
      name: 'board';
      boardId: string;
      /** Read-only link token from `?view=`. */
      viewToken: string | null;
      /** Facilitator key from the fragment `#key=`, present once right after creation. */
      keyFromFragment: string | null;
    }
  | { name: 'not-found'; path: string };

/** Board ids are url-safe random strings (≥ 120 bits, so at least ~21 characters). */
const BOARD_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Parses a location into a route; pure, so the URL contract is unit-tested. */
export function parseRoute(pathname: string, search: string, hash: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  const match = /^\/b\/([^/]+)$/.exec(path);
  if (match) {
    const boardId = safeDecode(match[1] ?? '');
    if (boardId !== null && BOARD_ID.test(boardId)) {
      const view = new URLSearchParams(search).get('view');
      const fragment = new URLSearchParams(hash.replace(/^#/, ''));
      return {
        name: 'board',
        boardId,
        viewToken: view ? view : null,
        keyFromFragment: fragment.get('key') || null,
      };
    }
  }
  return { name: 'not-found', path: pathname };
}

/** The path of a board page; `view` makes it a read-only link. */
export function boardPath(boardId: string, view?: string): string {
  const base = `/b/${encodeURIComponent(boardId)}`;
  return view ? `${base}?view=${encodeURIComponent(view)}` : base;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
