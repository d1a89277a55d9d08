import * as Y from 'yjs';
import { typeNestingProblem } from './typeNesting';
import { ProtocolError } from './yMessages';

/**
 * What became of a client's update:
 * - `applied`: in the document (and, through its `update` event, on its way to storage), or
 *   held back by Yjs as pending until its dependencies arrive (see PendingUpdateGuard);
 * - `document-stuck`: Yjs failed half-way through the transaction's cleanup, which leaves the
 *   document unable to emit updates: nothing more would be stored or relayed. The room must be
 *   given up and reloaded from storage.
 */
export type ApplyOutcome = 'applied' | 'document-stuck';

/**
 * Applies one update from a client (sync step 2 or update) to a room's document, after checking
 * what Yjs itself does not: shared types nested too deep to be deleted safely later
 * (see {@link typeNestingProblem}). What Yjs holds back as pending is checked together with the
 * update, since this update may be the missing piece that lets it all in.
 * @throws ProtocolError for an update that cannot be decoded or breaks the nesting limit; the
 *   document is then unchanged (or, for an update that failed half-way, changed by what the
 *   update's own `update` event reports).
 */
export function applyClientUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown): ApplyOutcome {
  let problem: string | null;
  try {
    const pending = doc.store.pendingStructs;
    const incoming = pending ? Y.mergeUpdates([Y.convertUpdateFormatV2ToV1(pending.update), update]) : update;
    problem = typeNestingProblem(doc, incoming);
  } catch {
    throw new ProtocolError('invalid Yjs update');
  }
  if (problem) throw new ProtocolError(problem);

  try {
    Y.applyUpdate(doc, update, origin);
  } catch {
    if (isTransactionStuck(doc)) return 'document-stuck';
    throw new ProtocolError('invalid Yjs update');
  }
  return isTransactionStuck(doc) ? 'document-stuck' : 'applied';
}

/**
 * Whether a transaction's cleanup threw half-way: Yjs then never empties its cleanup list, and
 * the document stops emitting `update` events for good.
 */
function isTransactionStuck(doc: Y.Doc): boolean {
  return doc._transaction === null && doc._transactionCleanups.length > 0;
}
