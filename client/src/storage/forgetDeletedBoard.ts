import { forgetFacilitatorKey } from './facilitatorKeys';
import { boardCopyName, unsyncedEditsKey } from './localBoardCopies';
import { localStore } from './localStore';
import { forgetBoard } from './recentBoards';

/**
 * Removes every trace of a deleted board from this device: its recent-list entry, its facilitator
 * key, its unsynced-edit count and its IndexedDB copy. The copy held the incident's details, and
 * nothing could sync it anywhere any more. Call it once the board's sync has stopped: IndexedDB
 * deletes a database only after its last connection closed.
 */
export function forgetDeletedBoard(boardId: string): void {
  forgetBoard(boardId);
  forgetFacilitatorKey(boardId);
  localStore.remove(unsyncedEditsKey(boardId));
  try {
    if (typeof indexedDB !== 'undefined') indexedDB.deleteDatabase(boardCopyName(boardId));
  } catch {
    // Storage disabled: there is no copy to delete.
  }
}
