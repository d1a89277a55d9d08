import type { Sticky } from '../model/entities';
import { normalizeRootCause } from './rootCauseGroups';

/*
 * In step 4 the room writes causes on stickies of kind `root-cause`, while the grouped analysis
 * (`groupRootCauses`) reads only the `rootCause` field of issue stickies. The link between the
 * two is the text itself, with no new field: a root-cause sticky is used once some issue's root
 * cause reads the same, case and spacing ignored (the rule that makes two issues one cause).
 * So a plain Yjs client that writes an issue's root cause links it too, editing the sticky's
 * words unlinks it until an issue says the same again, and of two people giving one issue
 * different stickies at the same moment (the field keeps one), the other sticky shows up again.
 */

/** The root cause a root-cause sticky gives an issue: its text on one line (the field is one line). */
export function rootCauseOfSticky(sticky: Pick<Sticky, 'text'>): string {
  return sticky.text.trim().replace(/\s+/g, ' ');
}

/**
 * The root-cause stickies with words on them that no issue has as its root cause yet (case and
 * spacing ignored, see {@link normalizeRootCause}), in board order. Blank ones are left out:
 * there is nothing on them to use.
 */
export function unlinkedRootCauseStickies(stickies: readonly Sticky[]): Sticky[] {
  const usedCauses = new Set<string>();
  for (const sticky of stickies) {
    if (sticky.kind === 'issue' && sticky.rootCause !== undefined) usedCauses.add(normalizeRootCause(sticky.rootCause));
  }
  return stickies.filter((sticky) => {
    if (sticky.kind !== 'root-cause') return false;
    const cause = normalizeRootCause(sticky.text);
    return cause !== '' && !usedCauses.has(cause);
  });
}

/**
 * The issue a root-cause sticky most likely explains: the nearest issue sticky on the canvas
 * (people put a cause next to its issue) among those whose root cause is still blank; ties go
 * to the one first on the board. Undefined when every issue has a root cause already: replacing
 * one is left to an explicit choice.
 */
export function suggestIssueFor(rootCause: Pick<Sticky, 'x' | 'y'>, stickies: readonly Sticky[]): Sticky | undefined {
  let best: Sticky | undefined;
  let bestDistance = Infinity;
  for (const sticky of stickies) {
    if (sticky.kind !== 'issue' || normalizeRootCause(sticky.rootCause ?? '') !== '') continue;
    const distance = Math.hypot(sticky.x - rootCause.x, sticky.y - rootCause.y);
    if (distance < bestDistance) {
      best = sticky;
      bestDistance = distance;
    }
  }
  return best;
}
