import { BoardInputError, patchEntity, rootCauseCategories, rootCauseOfSticky, ROOT_CAUSE_CATEGORY_LABELS, type RootCauseCategory, type Sticky } from '@gapboard/shared';
import { commitTextEdit, type TextEdit } from '@gapboard/shared/textMerge';
import { useState } from 'react';
import type { BoardContext } from '../board/BoardContext';
import { DraftTextField, type SavedText } from '../editing/DraftTextField';
import { UnlinkedRootCauseStickies } from './UnlinkedRootCauseStickies';

/**
 * Step 4: each issue's root cause (text and category), and the groups by category with the
 * play's recommendation, so the team sees which causes recur before picking actions. Root-cause
 * stickies written on the board are listed until an issue has one as its root cause.
 */
export function RootCausesPanel({ ctx }: { ctx: BoardContext }) {
  const { board, analysis, doc, origin, readOnly } = ctx;
  const issues = board.stickies.filter((s) => s.kind === 'issue');
  const [error, setError] = useState<string | null>(null);

  const run = <T,>(fn: () => T): T | null => {
    try {
      const result = fn();
      setError(null);
      return result;
    } catch (err) {
      setError(err instanceof BoardInputError ? err.message : String(err));
      return null;
    }
  };
  const patch = (s: Sticky, p: { category?: RootCauseCategory | undefined }) => run(() => patchEntity(doc, 'stickies', s.id, p, origin));
  // Merged with what others saved since this edit began (someone may have written one meanwhile).
  const saveRootCause = (s: Sticky, edit: TextEdit): SavedText | null =>
    run(() => commitTextEdit(doc, { collection: 'stickies', id: s.id, field: 'rootCause' }, { base: edit.base, mine: edit.mine.trim() }, origin, { normalize: (t) => t.trim() }));
  // An edit of the issue's root cause from what this panel shows to the sticky's words: a root
  // cause someone saved since (not yet shown here) is merged with it, not replaced.
  const applyRootCauseSticky = (rootCause: Sticky, issue: Sticky): SavedText | null =>
    saveRootCause(issue, { base: issue.rootCause ?? '', mine: rootCauseOfSticky(rootCause) });

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
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="issue-list">
        {issues.map((s) => (
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
                    onCommit={(edit) => saveRootCause(s, edit)}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`cat-${s.id}`}>Category</label>
                  <select
                    id={`cat-${s.id}`}
                    value={s.category ?? ''}
                    onChange={(e) => patch(s, { category: e.target.value === '' ? undefined : (e.target.value as RootCauseCategory) })}
                  >
                    <option value="">Not categorised</option>
                    {rootCauseCategories.map((c) => (
                      <option key={c} value={c}>
                        {ROOT_CAUSE_CATEGORY_LABELS[c]}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
