import { normalizeRootCause, suggestIssueFor, unlinkedRootCauseStickies, type Sticky } from '@gapboard/shared';
import { useState } from 'react';
import type { SavedText } from '../editing/DraftTextField';

export interface UnlinkedRootCauseStickiesProps {
  /** The board's stickies (all kinds). */
  stickies: readonly Sticky[];
  readOnly: boolean;
  /**
   * Gives `issue` the words of `rootCause` as its root cause (merged with what others saved
   * meanwhile). Returns what the field holds now, or why it was refused (in words for people).
   */
  onUse(rootCause: Sticky, issue: Sticky): UseResult;
}

/** What giving a root-cause sticky to an issue did: the issue's root cause now, or why not. */
export type UseResult = SavedText | { refused: string };

/** What the last use did, said once below the list (its sticky has left the list by then). */
type UseNote = { issueId: string; issueText: string; cause: string; conflict: boolean };

/** A use that was refused: said under that sticky's button (the sticky stays in the list). */
type Refusal = { stickyId: string; message: string };

/**
 * Step 4's root-cause stickies that no issue has as its root cause yet: the room wrote them on
 * the board, but the groups read issues' root causes only. Each can be given to an issue in one
 * click (the nearest issue still without a root cause is chosen already); it then leaves this
 * list and shows in the groups.
 */
export function UnlinkedRootCauseStickies({ stickies, readOnly, onUse }: UnlinkedRootCauseStickiesProps) {
  const unlinked = unlinkedRootCauseStickies(stickies);
  const issues = stickies.filter((s) => s.kind === 'issue');
  const [note, setNote] = useState<UseNote | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  if (unlinked.length === 0 && note === null) return null;

  const use = (rootCause: Sticky, issue: Sticky) => {
    const result = onUse(rootCause, issue);
    if ('refused' in result) {
      setNote(null);
      setRefusal({ stickyId: rootCause.id, message: result.refused });
    } else {
      setNote({ issueId: issue.id, issueText: issue.text, cause: normalizeRootCause(rootCause.text), conflict: result.conflict });
      setRefusal(null);
    }
  };
  // Someone else may have given the same issue a root cause at the same moment: the field keeps
  // one of the two, and this user's sticky is listed again. Saying "Now the root cause of…" then
  // would be false, so the note reads the issue as it is now.
  const issueNow = note ? issues.find((i) => i.id === note.issueId) : undefined;
  const replacedBy = note && !note.conflict && issueNow?.rootCause?.trim() && normalizeRootCause(issueNow.rootCause) !== note.cause ? issueNow.rootCause.trim() : null;

  return (
    <section className="rc-stickies" aria-labelledby="rc-stickies-title" data-testid="rootcause-stickies">
      <h3 id="rc-stickies-title">Root-cause stickies not used yet ({unlinked.length})</h3>
      {unlinked.length > 0 && (
        <p className="hint">Written on the board, but no issue has them as its root cause, so the groups below leave them out.</p>
      )}
      {/* Above the list: the sticky just used has left it, and the next one has taken its place. */}
      {note && (
        <p className={note.conflict || replacedBy ? 'rc-used field-note' : 'rc-used ok'} role="status" data-testid="rootcause-sticky-used">
          {note.conflict
            ? `Someone else wrote a root cause for “${short(note.issueText)}” at the same time: both versions are kept. Check the wording.`
            : replacedBy
              ? `Someone else gave “${short(note.issueText)}” another root cause: “${short(replacedBy)}”. Yours is listed again.`
              : `Now the root cause of “${short(note.issueText)}”`}
        </p>
      )}
      <ul className="rc-sticky-list">
        {unlinked.map((s) => (
          <UnlinkedRootCauseRow
            key={s.id}
            sticky={s}
            issues={issues}
            suggested={suggestIssueFor(s, stickies)}
            readOnly={readOnly}
            refusal={refusal?.stickyId === s.id ? refusal.message : null}
            onPick={() => setRefusal((r) => (r?.stickyId === s.id ? null : r))}
            onUse={(issue) => use(s, issue)}
          />
        ))}
      </ul>
    </section>
  );
}

interface RowProps {
  sticky: Sticky;
  issues: readonly Sticky[];
  suggested: Sticky | undefined;
  readOnly: boolean;
  /** Why the last use of this sticky was refused, shown under its button. */
  refusal: string | null;
  /** The user chose another issue (a refusal about the last one no longer applies). */
  onPick(): void;
  onUse(issue: Sticky): void;
}

function UnlinkedRootCauseRow({ sticky, issues, suggested, readOnly, refusal, onPick, onUse }: RowProps) {
  // The user's own pick wins over the suggestion while that issue exists.
  const [picked, setPicked] = useState<string | null>(null);
  const target = issues.find((i) => i.id === picked) ?? (picked === '' ? undefined : suggested);
  const replaces = target?.rootCause?.trim() ? target.rootCause.trim() : null;
  const selectId = `use-rc-${sticky.id}`;

  return (
    <li className="rc-sticky" data-testid="rootcause-sticky" data-sticky-id={sticky.id}>
      <p className="rc-sticky-text">{sticky.text.trim()}</p>
      {readOnly ? null : issues.length === 0 ? (
        <p className="hint">Add the issue it explains on the canvas (an Issue sticky), then use this as its root cause.</p>
      ) : (
        <>
          <div className="rc-use">
            <label htmlFor={selectId} className="visually-hidden">
              Issue it explains
            </label>
            <select
              id={selectId}
              value={target?.id ?? ''}
              onChange={(e) => {
                setPicked(e.target.value);
                onPick();
              }}
            >
              <option value="">Choose the issue it explains…</option>
              {issues.map((i) => (
                <option key={i.id} value={i.id}>
                  {short(i.text) || '(empty sticky)'}
                  {i.rootCause?.trim() ? ' — has a root cause' : ''}
                </option>
              ))}
            </select>
            <button type="button" className={replaces ? 'secondary' : undefined} disabled={!target} onClick={() => target && onUse(target)} data-testid="use-rootcause-sticky">
              {replaces ? 'Replace its root cause' : 'Use as its root cause'}
            </button>
          </div>
          {replaces && <p className="hint">Replaces “{short(replaces)}”</p>}
          {refusal && (
            <p className="error" role="alert">
              {refusal}
            </p>
          )}
        </>
      )}
    </li>
  );
}

/** A sticky's words cut to fit a menu or a sentence. */
function short(text: string): string {
  const oneLine = text.trim().replace(/\s+/g, ' ');
  return oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine;
}
