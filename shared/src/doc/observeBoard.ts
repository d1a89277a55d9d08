import type * as Y from 'yjs';
import { BOARD_MAPS } from './boardMaps';

/**
 * Calls `onChange` once per transaction that changed anything in the board's maps (at any
 * depth), local or remote. Debouncing is the caller's business (the client re-reads and
 * re-analyses the board, which it may want to do at most once per frame). Returns a function
 * that stops observing.
 */
export function observeBoard(doc: Y.Doc, onChange: (transaction: Y.Transaction) => void): () => void {
  // Deep observers run before 'afterTransaction' (Yjs cleanupTransactions), so the flag is set
  // by the time we decide whether to call back; this coalesces changes to several maps.
  let changed = false;
  const markChanged = (): void => {
    changed = true;
  };
  const afterTransaction = (transaction: Y.Transaction): void => {
    if (!changed) return;
    changed = false;
    onChange(transaction);
  };
  const maps = BOARD_MAPS.map((name) => doc.getMap<unknown>(name));
  for (const map of maps) map.observeDeep(markChanged);
  doc.on('afterTransaction', afterTransaction);
  return () => {
    for (const map of maps) map.unobserveDeep(markChanged);
    doc.off('afterTransaction', afterTransaction);
  };
}
