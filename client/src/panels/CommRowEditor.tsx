import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Channel } from '@gapboard/shared';
import { COMM_DRAFT_FIELDS, commDraftChanged, commDraftErrors, type CommDraft, type CommDraftErrors, type CommDraftField, type KeptCommDraft } from './commDraft';

export interface CommRowEditorProps {
  /** What the form shows when it opens. */
  initial: CommDraft;
  /** The comm as it was when this edit began, when that was earlier (a kept draft resumed). @default initial */
  opened?: CommDraft;
  channels: Channel[];
  zone: string;
  /**
   * Called only with a draft that passes {@link commDraftErrors}. `initial` is what the editor
   * opened with, so the panel can write only the fields this user changed. Returns false when
   * the comm was not saved (the panel shows why).
   */
  onSave(draft: CommDraft, initial: CommDraft): boolean;
  /** Why the last save was refused (the panel's words), shown beside the Save button. */
  refusal?: string | null;
  /** What the form holds after each change, with the comm as it was when the edit began. */
  onChange?(kept: KeptCommDraft): void;
  /** Cancel: the form closes and what was typed in it goes. */
  onCancel(): void;
  /**
   * Escape with something typed: the form closes and the panel keeps the draft for when it is
   * opened again (as a sticky keeps its text on Escape). Without anything typed, Escape cancels.
   */
  onKeep(kept: KeptCommDraft): void;
}

/**
 * The form for adding or editing one comm. Nothing is saved while a field has an error. Escape
 * never throws typed text away (see `onKeep`); the button that does says so ("Discard").
 */
export function CommRowEditor({ initial, opened: openedProp, channels, zone, onSave, refusal, onChange, onCancel, onKeep }: CommRowEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  // The comm as it was when the editing began (the prop follows later remote changes).
  const [opened] = useState(openedProp ?? initial);
  const changed = commDraftChanged(draft, opened);
  const [errors, setErrors] = useState<CommDraftErrors>({});
  const fid = (k: CommDraftField) => `${id}-${k}`;
  const set = (k: CommDraftField, v: string) => {
    const next = { ...draft, [k]: v };
    setDraft(next);
    onChange?.({ draft: next, opened });
    // The field's error goes once it is edited; the next save checks again.
    setErrors(({ [k]: _fixed, ...rest }) => rest);
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = commDraftErrors(draft, zone, channels.map((c) => c.id));
    setErrors(found);
    const first = COMM_DRAFT_FIELDS.find((k) => found[k] !== undefined);
    if (first) {
      e.currentTarget.ownerDocument.getElementById(fid(first))?.focus();
      return;
    }
    onSave(draft, opened);
  };
  const invalid = (k: CommDraftField) => (errors[k] ? { 'aria-invalid': true, 'aria-describedby': `${fid(k)}-err` } : {});
  const field = (k: CommDraftField, label: string, input: ReactNode) => (
    <div className={`field${errors[k] ? ' has-error' : ''}`}>
      <label htmlFor={fid(k)}>{label}</label>
      {input}
      {errors[k] && (
        <span className="field-error" id={`${fid(k)}-err`} data-testid="comm-error">
          {errors[k]}
        </span>
      )}
    </div>
  );
  return (
    <form
      className="comm-editor"
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        if (changed) onKeep({ draft, opened });
        else onCancel();
      }}
      data-testid="comm-editor"
    >
      <div className="pair date-pair">
        {field(
          'at',
          `Sent at (${zone})`,
          <input id={fid('at')} type="datetime-local" value={draft.at} onChange={(e) => set('at', e.target.value)} required autoFocus {...invalid('at')} />,
        )}
        {field(
          'channelId',
          'Channel',
          <select id={fid('channelId')} value={draft.channelId} onChange={(e) => set('channelId', e.target.value)} {...invalid('channelId')}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>,
        )}
      </div>
      {field('sender', 'Sender', <input id={fid('sender')} value={draft.sender} maxLength={120} onChange={(e) => set('sender', e.target.value)} />)}
      {field(
        'summary',
        'Message',
        <textarea id={fid('summary')} rows={2} value={draft.summary} maxLength={2000} required onChange={(e) => set('summary', e.target.value)} {...invalid('summary')} />,
      )}
      <div className="row">
        <button type="submit" data-testid="save-comm">
          Save comm
        </button>
        <button type="button" className="secondary" onClick={onCancel} data-testid="discard-comm">
          {changed ? 'Discard' : 'Cancel'}
        </button>
        {changed && <span className="hint">Esc closes and keeps it for later</span>}
      </div>
      {refusal && (
        <p className="error" role="alert" data-testid="comm-save-error">
          {refusal}
        </p>
      )}
    </form>
  );
}
