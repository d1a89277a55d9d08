import { patchEntity, rootCauseCategories, rootCauseOfSticky, ROOT_CAUSE_CATEGORY_LABELS, type RootCauseCategory, type Sticky } from '@gapboard/shared';
import { commitTextEdit, type TextEdit } from '@gapboard/shared/textMerge';
import { useState } from 'react';
import type { BoardContext } from '../board/BoardContext';
import { DraftTextField, type SavedText } from '../editing/DraftTextField';
import { LostEditNotice } from '../editing/LostEditNotice';
import { useLostEdits, withLostEdits, type LostEdit } from '../editing/useLostEdits';
import { deletedMessage, describeWriteFailure, type WriteSubject } from '../editing/writeFailure';
import { UnlinkedRootCauseStickies, type UseResult } from './UnlinkedRootCauseStickies';

/** The two controls of an issue row whose writes can fail. */
type IssueControl = 'rootCause' | 'category';

/**
 * Step 4: each issue's root cause (text and category), and the groups by category with the
 * play's recommendation, so the team sees which causes recur before picking actions. Root-cause
 * stickies written on the board are listed until an issue has one as its root cause. A write
 * that fails is explained under the control that made it; an issue someone deletes while its
 * root cause is typed here leaves a notice in its place with the typed words to copy.
 */
export function RootCausesPanel({ ctx }: { ctx: BoardContext }) {
  const { board, analysis, doc, origin, readOnly } = ctx;
  const issues = board.stickies.filter((s) => s.kind === 'issue');
  const edits = useLostEdits<Sticky>(issues);
  // Why the last write of a control was refused, by `${issueId}:${control}`.
  const [refusals, setRefusals] = useState<Readonly<Record<string, string>>>({});
  const setRefusal = (key: string, message: string | null) =>
    setRefusals(({ [key]: _old, ...rest }) => (message === null ? rest : { ...rest, [key]: message }));

  /** Runs one write of an issue row's control; a refusal is shown under that control. */
  const attempt = <T,>(s: Sticky, control: IssueControl, doing: WriteSubject['doing'], write: () => T, keepIfDeleted?: string): T | null => {
    const key = `${s.id}:${control}`;
    try {
      const result = write();
      setRefusal(key, null);
      return result;
    } catch (err) {
      const failure = describeWriteFailure(err, { collection: 'stickies', noun: 'issue', doing });
      setRefusal(key, failure.message);
      // The issue leaves the list with the next read of the board, and with it this control:
      // the change is then told in its place (typed text is tracked as it is typed).
      if (failure.kind === 'deleted' && keepIfDeleted !== undefined) edits.track(s.id, control, keepIfDeleted);
      return null;
    }
  };
  const setCategory = (s: Sticky, category: RootCauseCategory | undefined) =>
    attempt(s, 'category', 'changing', () => patchEntity(doc, 'stickies', s.id, { category }, origin), category ? ROOT_CAUSE_CATEGORY_LABELS[category] : 'Not categorised');
  // Merged with what others saved since this edit began (someone may have written one meanwhile).
  const commitRootCause = (s: Sticky, edit: TextEdit) =>
    commitTextEdit(doc, { collection: 'stickies', id: s.id, field: 'rootCause' }, { base: edit.base, mine: edit.mine.trim() }, origin, { normalize: (t) => t.trim() });
  const saveRootCause = (s: Sticky, edit: TextEdit): SavedText | null => attempt(s, 'rootCause', 'editing', () => commitRootCause(s, edit));
  // An edit of the issue's root cause from what this panel shows to the sticky's words: a root
  // cause someone saved since (not yet shown here) is merged with it, not replaced.
  const applyRootCauseSticky = (rootCause: Sticky, issue: Sticky): UseResult => {
    try {
      return commitRootCause(issue, { base: issue.rootCause ?? '', mine: rootCauseOfSticky(rootCause) });
    } catch (err) {
      return { refused: describeWriteFailure(err, { collection: 'stickies', noun: 'issue', doing: 'picking' }).message };
    }
  };

  const lostNotice = (lost: LostEdit<Sticky, string>) => {
    const typed = lost.edits.rootCause;
    return (
      <li key={`lost-${lost.entry.id}`}>
        <LostEditNotice
          title={`Issue: ${lost.entry.text.trim() || '(empty sticky)'}`}
          message={deletedMessage({ noun: 'issue', doing: typed === undefined ? 'changing' : 'editing' })}
          texts={typed === undefined ? [] : [{ label: 'Your root cause', text: typed }]}
          onDismiss={() => edits.dismiss(lost.entry.id)}
        />
      </li>
    );
  };

  const issueRow = (s: Sticky) => {
    const categoryRefusal = refusals[`${s.id}:category`];
    return (
      <li key={s.id} className="issue" data-testid="issue-row">
        <p className="issue-text">{s.text || <span className="muted">(empty sticky)</span>}</p>
        {readOnly ? (
          <p>
            Root cause: {s.rootCause || '—'} {s.category && <span className="tag">{ROOT_CAUSE_CATEGORY_LABELS[s.category]}</span>}
          </p>
        ) : (
          <div className="rc-fields">
            <div className="field">
              <label htmlFor={`rc-${s.id}`}>Root cause</label>
              <DraftTextField
                id={`rc-${s.id}`}
                stored={s.rootCause ?? ''}
                maxLength={2000}
                placeholder="Why did this happen?"
                error={refusals[`${s.id}:rootCause`]}
                onType={() => setRefusal(`${s.id}:rootCause`, null)}
                onDraft={(edit) => edits.track(s.id, 'rootCause', edit ? edit.mine : null)}
                onCommit={(edit) => saveRootCause(s, edit)}
              />
            </div>
            <div className={`field${categoryRefusal ? ' has-error' : ''}`}>
              <label htmlFor={`cat-${s.id}`}>Category</label>
              <select
                id={`cat-${s.id}`}
                value={s.category ?? ''}
                aria-invalid={categoryRefusal ? true : undefined}
                aria-describedby={categoryRefusal ? `cat-${s.id}-err` : undefined}
                onChange={(e) => setCategory(s, e.target.value === '' ? undefined : (e.target.value as RootCauseCategory))}
              >
                <option value="">Not categorised</option>
                {rootCauseCategories.map((c) => (
                  <option key={c} value={c}>
                    {ROOT_CAUSE_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
              {categoryRefusal && (
                <span className="field-error" id={`cat-${s.id}-err`} role="alert">
                  {categoryRefusal}
                </span>
              )}
            </div>
          </div>
        )}
      </li>
    );
  };

  return (
    <section className="panel rootcause-panel" data-testid="rootcause-panel" aria-labelledby="rc-title">
      <h2 id="rc-title">Root causes</h2>
      <p className="muted">For each issue, ask why until the cause sits in the communication process (5 Whys).</p>
      <UnlinkedRootCauseStickies stickies={board.stickies} readOnly={readOnly} onUse={applyRootCauseSticky} />
      {analysis.rootCauseGroups.length > 0 && (
        <div className="rc-groups">
          {analysis.rootCauseGroups.map((g) => (
            <article key={g.category} className="rc-group" data-testid="rootcause-group" data-category={g.category}>
              <h3>{ROOT_CAUSE_CATEGORY_LABELS[g.category]}</h3>
              <p className="recommendation">
                <strong>Recommendation:</strong> {g.recommendation}
              </p>
              <ul>
                {g.causes.map((c) => (
                  <li key={c.rootCause}>
                    <strong>{c.rootCause || 'No root cause written yet'}</strong>
                    {c.gapRanks.length > 0 && <span className="tag">on gap {c.gapRanks.map((r) => `#${r}`).join(', ')}</span>}
                    <ul className="rc-issues">
                      {c.issues.map((i) => (
                        <li key={i.id}>{i.text || '(empty sticky)'}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      )}
      <h3>Issues ({issues.length})</h3>
      {issues.length === 0 && <p className="muted">No issue stickies yet. Add them on the canvas (Sticky tool or N) in step 3.</p>}
      <ul className="issue-list">
        {withLostEdits(issues, edits.lost).map((row) => ('lost' in row ? lostNotice(row.lost) : issueRow(row.entry)))}
      </ul>
    </section>
  );
}
