import { useId, useRef, type ReactNode } from 'react';
import { useCopyText } from './useCopyText';

/** One piece of unsaved text: what it was ("Your root cause") and the words. */
export interface UnsavedText {
  label: string;
  text: string;
}

export interface LostEditNoticeProps {
  /** What happened and what became of the edit (see `writeFailure`). */
  message: string;
  /** What the user had typed, shown read-only so it can be copied. */
  texts: readonly UnsavedText[];
  /** Heading of the notice: the entry as it was ("Issue: No update for 80 min"). */
  title?: string;
  onDismiss(): void;
  /** Other ways on, beside Copy (e.g. "Add it as a new comm"). */
  children?: ReactNode;
}

/**
 * Shown where an entry was when someone else deleted it while this user was editing it: says
 * so, and keeps the words they typed (read-only, with Copy) until they dismiss it, so nothing
 * typed is ever lost without a trace. The rest of the panel shows the board as it is now.
 */
export function LostEditNotice({ message, texts, title, onDismiss, children }: LostEditNoticeProps) {
  const id = useId();
  const firstText = useRef<HTMLTextAreaElement>(null);
  const { outcome, copy } = useCopyText(firstText);
  const allText = texts.length === 1 ? texts[0]!.text : texts.map((t) => `${t.label}: ${t.text}`).join('\n');

  return (
    <div className="lost-edit" role="group" aria-labelledby={`${id}-msg`} data-testid="lost-edit">
      {title && <p className="lost-edit-title">{title}</p>}
      <p className="error" role="alert" id={`${id}-msg`}>
        {message}
      </p>
      {texts.map((t, i) => (
        <div className="field" key={t.label}>
          <label htmlFor={`${id}-${i}`}>{t.label} (not saved)</label>
          <textarea
            id={`${id}-${i}`}
            ref={i === 0 ? firstText : undefined}
            readOnly
            rows={Math.min(6, Math.max(1, t.text.split('\n').length))}
            value={t.text}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ))}
      <div className="row">
        {texts.length > 0 && (
          <button type="button" className="secondary" onClick={() => void copy(allText)}>
            {outcome === 'copied' ? 'Copied' : texts.length > 1 ? 'Copy all' : 'Copy text'}
          </button>
        )}
        {children}
        <button type="button" className="link" onClick={onDismiss}>
          Dismiss
        </button>
        {outcome === 'selected' && <span className="hint">Selected: press Ctrl+C (⌘C) to copy.</span>}
      </div>
    </div>
  );
}
