import { localStore } from './localStore';
import { listRecentBoards } from './recentBoards';

/**
 * Each board opened on this device keeps a copy of its document in IndexedDB (y-indexeddb), so
 * it opens at once and survives going offline. Without pruning those copies would pile up for
 * every board ever opened; a copy is kept while its board is in the recent list or while it
 * holds edits the server has not confirmed, and deleted otherwise (the server has the board).
 */

const PREFIX = 'gapboard:';

/** The IndexedDB database holding the local copy of `boardId` (a board id or a view token). */
export function boardCopyName(boardId: string): string {
  return `${PREFIX}${boardId}`;
}

/** Where the unsynced-edit count of a board survives a reload (the edits are in its copy). */
export function unsyncedEditsKey(boardId: string): string {
  return `gapboard.unsynced.${boardId}`;
}

/** The copies among `databaseNames` that nothing needs any more (pure; see the module comment). */
export function staleBoardCopies(databaseNames: readonly string[], keepIds: ReadonlySet<string>, hasUnsyncedEdits: (boardId: string) => boolean): string[] {
  return databaseNames.filter((name) => {
    if (!name.startsWith(PREFIX)) return false; // not ours
    const boardId = name.slice(PREFIX.length);
    return boardId.length > 0 && !keepIds.has(boardId) && !hasUnsyncedEdits(boardId);
  });
}

/**
 * Deletes the stale copies (best effort: a browser without `indexedDB.databases()` keeps them).
 * Resolves with the names deleted. A copy still open in another tab is deleted once it closes.
 */
export async function pruneBoardCopies(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  try {
    const names = (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
    const keep = new Set(listRecentBoards().map((b) => b.id));
    const stale = staleBoardCopies(names, keep, (id) => (Number(localStore.get(unsyncedEditsKey(id))) || 0) > 0);
    for (const name of stale) indexedDB.deleteDatabase(name);
    return stale;
  } catch {
    return []; // storage disabled or refused: nothing to prune
  }
}
