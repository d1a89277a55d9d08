import * as Y from 'yjs';
import { typeNestingProblem } from './typeNesting';
import { ProtocolError } from './yMessages';

/**
 * What became of a client's update:
 * - `applied`: in the document (and, through its `update` event, on its way to storage);
 * - `missing-dependencies`: it builds on changes the server does not have (Yjs would hold it
 *   back in memory, unstored and unrelayed, until they arrive). The part that could not be
 *   applied was dropped; the client should reconnect, and its sync then resends everything
 *   the server lacks, dependencies included;
 * - `document-stuck`: Yjs failed half-way through the transaction's cleanup, which leaves the
 *   document unable to emit updates: nothing more would be stored or relayed. The room must be
 *   given up and reloaded from storage.
 */
export type ApplyOutcome = 'applied' | 'missing-dependencies' | 'document-stuck';

/**
 * Applies one update from a client (sync step 2 or update) to a room's document, after checking
 * what Yjs itself does not: shared types nested too deep to be deleted safely later
 * (see {@link typeNestingProblem}).
 * @throws ProtocolError for an update that cannot be decoded or breaks the nesting limit; the
 *   document is then unchanged (or, for an update that failed half-way, changed by what the
 *   update's own `update` event reports).
 */
export function applyClientUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown): ApplyOutcome {
  let problem: string | null;
  try {
    problem = typeNestingProblem(doc, update);
  } catch {
    throw new ProtocolError('invalid Yjs update');
  }
  if (problem) throw new ProtocolError(problem);

  const store = doc.store;
  // Only an update that finds nothing pending can be blamed for what is pending afterwards
  // (updates from other instances may legitimately wait for their dependencies a moment).
  const hadPending = store.pendingStructs !== null || store.pendingDs !== null;
  try {
    Y.applyUpdate(doc, update, origin);
  } catch {
    if (isTransactionStuck(doc)) return 'document-stuck';
    throw new ProtocolError('invalid Yjs update');
  }
  if (isTransactionStuck(doc)) return 'document-stuck';
  if (!hadPending && (store.pendingStructs !== null || store.pendingDs !== null)) {
    dropPending(doc);
    return 'missing-dependencies';
  }
  return 'applied';
}

/**
 * Forgets what Yjs holds back for missing dependencies. It is neither stored nor relayed, yet
 * sync replies and snapshots would carry it, and it grows with every such update.
 */
export function dropPending(doc: Y.Doc): boolean {
  const had = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return had;
}

/**
 * Whether a transaction's cleanup threw half-way: Yjs then never empties its cleanup list, and
 * the document stops emitting `update` events for good.
 */
function isTransactionStuck(doc: Y.Doc): boolean {
  return doc._transaction === null && doc._transactionCleanups.length > 0;
}
