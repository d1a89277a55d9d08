/**
 * The app's routes. A tiny history router is enough for two pages; it keeps the facilitator key
 * (in the URL fragment right after creation) out of any request: fragments are never sent.
 */
export type Route =
  | { name: 'home' }
  | {
      name: 'board';
      /**
       * How the server knows the board: its id (`/b/:id`), or a read-only view token
       * (`/v/:token`), which stands in for the id everywhere and never reveals it.
       */
      boardId: string;
      /** True for `/v/:token`: the address itself is the read-only credential. */
      viaViewToken: boolean;
      /** Read-only token from `?view=` (older read-only links `/b/:id?view=…`). */
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
  const match = /^\/(b|v)\/([^/]+)$/.exec(path);
  if (match) {
    const address = safeDecode(match[2] ?? '');
    if (address !== null && BOARD_ID.test(address)) {
      if (match[1] === 'v') return { name: 'board', boardId: address, viaViewToken: true, viewToken: null, keyFromFragment: null };
      const view = new URLSearchParams(search).get('view');
      const fragment = new URLSearchParams(hash.replace(/^#/, ''));
      return {
        name: 'board',
        boardId: address,
        viaViewToken: false,
        viewToken: view ? view : null,
        keyFromFragment: fragment.get('key') || null,
      };
    }
  }
  return { name: 'not-found', path: pathname };
}

/** The path of a read-only link that addresses the board by a view token alone. */
export function viewPath(token: string): string {
  return `/v/${encodeURIComponent(token)}`;
}

/** The path of a board page; `view` makes it an (older style) read-only link. */
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
