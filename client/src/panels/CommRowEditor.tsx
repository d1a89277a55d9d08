import { useId, useState, type FormEvent } from 'react';
import type { Channel } from '@gapboard/shared';

export interface CommDraft {
  /** `YYYY-MM-DDTHH:mm` in the board's zone. */
  at: string;
  channelId: string;
  sender: string;
  summary: string;
}

export interface CommRowEditorProps {
  initial: CommDraft;
  channels: Channel[];
  zone: string;
  /**
   * `initial` is what the editor opened with, so the panel can write only the fields this user
   * changed. Returns false when the comm was not saved (the panel shows why).
   */
  onSave(draft: CommDraft, initial: CommDraft): boolean;
  onCancel(): void;
}

/** The form for adding or editing one comm. */
export function CommRowEditor({ initial, channels, zone, onSave, onCancel }: CommRowEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  // The comm as it was when the editor opened (the prop follows later remote changes).
  const [opened] = useState(initial);
  const set = (k: keyof CommDraft, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(draft, opened);
  };
  return (
    <form className="comm-editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} data-testid="comm-editor">
      <div className="pair date-pair">
        <div className="field">
          <label htmlFor={`${id}-at`}>Sent at ({zone})</label>
          <input id={`${id}-at`} type="datetime-local" value={draft.at} onChange={(e) => set('at', e.target.value)} required autoFocus />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ch`}>Channel</label>
          <select id={`${id}-ch`} value={draft.channelId} onChange={(e) => set('channelId', e.target.value)}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sender`}>Sender</label>
        <input id={`${id}-sender`} value={draft.sender} maxLength={120} onChange={(e) => set('sender', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-summary`}>Message</label>
        <textarea id={`${id}-summary`} rows={2} value={draft.summary} maxLength={2000} onChange={(e) => set('summary', e.target.value)} />
      </div>
      <div className="row">
        <button type="submit" data-testid="save-comm">
          Save comm
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
