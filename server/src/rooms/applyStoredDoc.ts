import * as Y from 'yjs';
import type { StoredDoc } from '../storage/BoardStorage';

/**
 * Replays a stored board (snapshot, then the logged updates in order) into `doc`, in one
 * transaction. An unreadable update is skipped, not fatal: one damaged row must not keep the
 * rest of the board from loading. Returns how many were skipped (the caller logs it).
 */
export function applyStoredDoc(doc: Y.Doc, stored: StoredDoc): number {
  let skipped = 0;
  Y.transact(doc, () => {
    for (const update of [stored.snapshot, ...stored.updates]) {
      if (!update) continue;
      try {
        Y.applyUpdate(doc, update);
      } catch {
        skipped++;
      }
    }
  });
  return skipped;
}
