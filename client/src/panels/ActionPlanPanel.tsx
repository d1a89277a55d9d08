import { useEffect, useRef, useState } from 'react';
import { deleteEntity, newId, patchEntity, upsertAction, type Action } from '@gapboard/shared';
import { commitTextEdit, type TextEdit } from '@gapboard/shared/textMerge';
import type { BoardContext } from '../board/BoardContext';
import { DraftTextField, type SavedText } from '../editing/DraftTextField';
import { LostEditNotice, type UnsavedText } from '../editing/LostEditNotice';
import { useLostEdits, withLostEdits, type LostEdit } from '../editing/useLostEdits';
import { deletedMessage, describeWriteFailure, type WriteSubject } from '../editing/writeFailure';
import { localCalendarDate, pastDueWarning } from './actionDue';

/**
 * A date field that writes its value when it is left. Typed digit by digit, a date passes
 * through partial years (0002, 0020, 0202…) that are valid dates: written as they come, each
 * would reach everyone's board and re-render the field in the middle of the typing.
 */
function DueDateInput({
  id,
  value,
  onCommit,
  onDraft,
  describedBy,
}: {
  id: string;
  value: string;
  onCommit: (due: string) => void;
  /** The date typed and not yet written (null once written or typed back). */
  onDraft: (due: string | null) => void;
  describedBy: string | undefined;
}) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  // Another person's change shows at once, unless this field is being edited.
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  return (
    <input
      id={id}
      type="date"
      value={draft}
      onFocus={() => {
        editing.current = true;
      }}
      onChange={(e) => {
        setDraft(e.target.value);
        onDraft(e.target.value === value ? null : e.target.value);
      }}
      onBlur={() => {
        editing.current = false;
        if (draft !== value) onCommit(draft);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      aria-describedby={describedBy}
    />
  );
}

/**
 * Step 5: 2–3 actions, each with an owner and a due date. The analysis warns past three actions
 * or when an owner or date is missing (the play's anti-pattern: actions written just to finish);
 * the panel also warns about a due date already past. A new action's text gets the focus. A
 * write that fails is explained under its field; an action someone deletes while it is edited
 * here leaves a notice in its place with what was typed, to copy.
 */
export function ActionPlanPanel({ ctx }: { ctx: BoardContext }) {
  const { board, analysis, doc, origin, readOnly } = ctx;
  const edits = useLostEdits<Action>(board.actions);
  // Why the last write of a field was refused, by `${actionId}:${field}` ('add' for Add action).
  const [refusals, setRefusals] = useState<Readonly<Record<string, string>>>({});
  const setRefusal = (key: string, message: string | null) =>
    setRefusals(({ [key]: _old, ...rest }) => (message === null ? rest : { ...rest, [key]: message }));
  // The action just added here: its text field takes the focus when it appears (after the
  // document update has been read back), wherever it sorts in the list.
  const focusOnMount = useRef<string | null>(null);
  // Actions just added here that nothing has been written in yet: no "no owner, no due date"
  // before the user had a chance to type. The warning comes once the row is left (focus goes
  // elsewhere) or the action has some content.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  const settle = (id: string) => setFresh((ids) => (ids.has(id) ? new Set([...ids].filter((x) => x !== id)) : ids));
  const quiet = (a: Action) => fresh.has(a.id) && a.text.trim() === '' && a.owner.trim() === '' && a.due === '';
  const today = localCalendarDate(new Date());
  // Warnings about one action show on its row; the others (too many actions) above the list.
  const general = analysis.actionPlan.warnings.filter((w) => !w.id);
  const missing = (a: Action): string[] =>
    quiet(a)
      ? []
      : analysis.actionPlan.warnings
          .filter((w) => w.id === a.id)
          .map((w) => (w.code === 'action-without-owner' ? 'no owner yet' : w.code === 'action-without-due' ? 'no due date yet' : w.message));

  /** Runs one write; a refusal is shown under the control that made it (`key`). */
  const attempt = <T,>(key: string, doing: WriteSubject['doing'], write: () => T): T | null => {
    try {
      const result = write();
      setRefusal(key, null);
      return result;
    } catch (err) {
      // An action deleted meanwhile leaves the list with the next read of the board; what was
      // typed in it (tracked as it was typed) then shows in its place.
      setRefusal(key, describeWriteFailure(err, { collection: 'actions', noun: 'action', doing }).message);
      return null;
    }
  };
  const setDue = (a: Action, due: string) => {
    if (attempt(`${a.id}:due`, 'changing', () => patchEntity(doc, 'actions', a.id, { due }, origin))) edits.track(a.id, 'due', null);
  };
  // Merged with what others saved since this edit began: two people may fill in one owner.
  const saveText = (a: Action, field: 'text' | 'owner', edit: TextEdit): SavedText | null =>
    attempt(`${a.id}:${field}`, 'editing', () => commitTextEdit(doc, { collection: 'actions', id: a.id, field }, edit, origin));

  const focusIfNew = (a: Action) => (el: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (el && focusOnMount.current === a.id) {
      focusOnMount.current = null;
      el.focus();
    }
  };

  const textField = (a: Action, key: 'text' | 'owner', label: string, placeholder: string) => (
    <div className="field">
      <label htmlFor={`${key}-${a.id}`}>{label}</label>
      <DraftTextField
        id={`${key}-${a.id}`}
        stored={a[key]}
        maxLength={key === 'text' ? 2000 : 120}
        placeholder={placeholder}
        error={refusals[`${a.id}:${key}`]}
        onType={() => setRefusal(`${a.id}:${key}`, null)}
        onDraft={(edit) => edits.track(a.id, key, edit ? edit.mine : null)}
        onCommit={(edit) => saveText(a, key, edit)}
        // Actions are sentences: a textarea shows them whole; Enter still commits.
        {...(key === 'text' ? { rows: 2, inputRef: focusIfNew(a) } : {})}
      />
    </div>
  );

  const add = () =>
    attempt('add', 'changing', () => {
      const id = newId('a');
      focusOnMount.current = id;
      setFresh((ids) => new Set(ids).add(id));
      upsertAction(doc, { id, text: '', owner: '', due: '' }, origin);
    });

  const dueField = (a: Action) => {
    const warning = pastDueWarning(a.due, today);
    const refusal = refusals[`${a.id}:due`];
    return (
      <div className={`field${refusal ? ' has-error' : warning ? ' has-warning' : ''}`}>
        <label htmlFor={`due-${a.id}`}>Due</label>
        <DueDateInput
          id={`due-${a.id}`}
          value={a.due}
          onCommit={(due) => setDue(a, due)}
          onDraft={(due) => {
            edits.track(a.id, 'due', due);
            setRefusal(`${a.id}:due`, null);
          }}
          describedBy={refusal ? `due-${a.id}-err` : warning ? `due-${a.id}-warn` : undefined}
        />
        {refusal && (
          <span className="field-error" id={`due-${a.id}-err`} role="alert">
            {refusal}
          </span>
        )}
        {warning && !refusal && (
          <span className="field-warning" id={`due-${a.id}-warn`} data-testid="due-warning">
            ⚠ {warning}
          </span>
        )}
      </div>
    );
  };

  const lostNotice = ({ entry, edits: typed }: LostEdit<Action, string>) => {
    const texts: UnsavedText[] = [];
    if (typed.text !== undefined) texts.push({ label: 'Your action', text: typed.text });
    if (typed.owner !== undefined) texts.push({ label: 'Owner', text: typed.owner });
    if (typed.due !== undefined) texts.push({ label: 'Due', text: typed.due });
    return (
      <li key={`lost-${entry.id}`} className="lost">
        <LostEditNotice
          title={`Action: ${entry.text.trim() || '(no text)'}`}
          message={deletedMessage({ noun: 'action', doing: texts.length === 1 && typed.due !== undefined ? 'changing' : 'editing' })}
          texts={texts}
          onDismiss={() => edits.dismiss(entry.id)}
        />
      </li>
    );
  };

  const actionRow = (a: Action) => (
    <li
      key={a.id}
      data-testid="action-row"
      className={missing(a).length > 0 ? 'incomplete' : undefined}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) settle(a.id);
      }}
    >
      {missing(a).length > 0 && (
        <p className="action-warning" data-testid="action-warning">
          ⚠ {missing(a).join(', ')}: every action needs an owner and a due date.
        </p>
      )}
      {readOnly ? (
        <p>
          {a.text || '(no text)'} — <strong>{a.owner || 'no owner'}</strong>, due {a.due || 'no date'}
        </p>
      ) : (
        <>
          {textField(a, 'text', 'Action', 'e.g. Write holding-update templates')}
          <div className="pair owner-due">
            {textField(a, 'owner', 'Owner', 'Who')}
            {dueField(a)}
          </div>
          <button className="link danger" onClick={() => deleteEntity(doc, 'actions', a.id, origin)}>
            Delete action
          </button>
        </>
      )}
    </li>
  );

  return (
    <section className="panel action-plan" data-testid="action-plan" aria-labelledby="plan-title">
      <h2 id="plan-title">Action plan</h2>
      <p className="muted">Pick 2–3 high-priority issues. Only record what the team will actually work on.</p>
      {general.length > 0 && (
        <ul className="warnings" data-testid="action-warnings" aria-label="Warnings about the plan">
          {general.map((w, i) => (
            <li key={`${w.code}-${i}`} className="warn">
              {w.message}
            </li>
          ))}
        </ul>
      )}
      {board.actions.length === 0 && <p className="muted">No actions yet.</p>}
      <ol className="actions">
        {withLostEdits(board.actions, edits.lost).map((row) => ('lost' in row ? lostNotice(row.lost) : actionRow(row.entry)))}
      </ol>
      {!readOnly && (
        <button data-testid="add-action" onClick={add} aria-describedby={refusals.add ? 'add-action-err' : undefined}>
          Add action
        </button>
      )}
      {refusals.add && (
        <p className="error" role="alert" id="add-action-err">
          {refusals.add}
        </p>
      )}
    </section>
  );
}
