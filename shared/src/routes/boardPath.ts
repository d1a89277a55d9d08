import { z } from 'zod';

/*
 * The board pages' addresses, one rule for the server (which page it sends) and the client
 * (which page it renders): `/b/<id>` is the board (whoever holds the link edits; `?view=<token>`
 * makes it an older style read-only link), `/v/<token>` the board read-only, addressed by a view
 * token alone. A trailing slash is tolerated.
 */

/**
 * What stands in a board page's path: a board id or a view token. Both are url-safe random
 * strings (ids ≥ 120 bits, so at least ~21 characters; view tokens `v_` + 43).
 */
export const boardAddressSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a board id or view token: 8–64 of A–Z a–z 0–9 _ -');

/** A board page's path, read: `board` for `/b/<id>`, `view` for `/v/<token>`. */
export interface BoardPagePath {
  kind: 'board' | 'view';
  /** The board id (`board`) or the view token (`view`), decoded. */
  address: string;
}

/**
 * Reads a URL's path (as sent, percent-encoded; no query, no fragment) as a board page's, or
 * null for any other path, a malformed escape or an address that cannot be an id or a token.
 */
export function parseBoardPath(pathname: string): BoardPagePath | null {
  const match = /^\/([bv])\/([^/]+)\/*$/.exec(pathname);
  if (!match) return null;
  const address = boardAddressSchema.safeParse(safeDecode(match[2] ?? ''));
  if (!address.success) return null;
  return { kind: match[1] === 'v' ? 'view' : 'board', address: address.data };
}

/** The path of a board page; `view` makes it an (older style) read-only link. */
export function boardPath(boardId: string, view?: string): string {
  const base = `/b/${encodeURIComponent(boardId)}`;
  return view ? `${base}?view=${encodeURIComponent(view)}` : base;
}

/** The path of a read-only link that addresses the board by a view token alone. */
export function viewPath(token: string): string {
  return `/v/${encodeURIComponent(token)}`;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
