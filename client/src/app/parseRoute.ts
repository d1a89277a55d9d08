import { parseBoardPath } from '@gapboard/shared';

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

/** Parses a location into a route; pure, so the URL contract is unit-tested. */
export function parseRoute(pathname: string, search: string, hash: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  // The board paths are the server's too (it sends those pages with their chunks preloaded).
  const board = parseBoardPath(pathname);
  if (!board) return { name: 'not-found', path: pathname };
  if (board.kind === 'view') return { name: 'board', boardId: board.address, viaViewToken: true, viewToken: null, keyFromFragment: null };
  const view = new URLSearchParams(search).get('view');
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    name: 'board',
    boardId: board.address,
    viaViewToken: false,
    viewToken: view ? view : null,
    keyFromFragment: fragment.get('key') || null,
  };
}
