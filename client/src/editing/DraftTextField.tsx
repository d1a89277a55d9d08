import { useId, useState } from 'react';
import type { TextEdit } from '@gapboard/shared/textMerge';
import { useTextDraft } from './useTextDraft';

/** What saving an edit gave: the field's value now and whether it was merged with overlapping words. */
export interface SavedText {
  text: string;
  conflict: boolean;
}

export interface DraftTextFieldProps {
  id?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  placeholder?: string;
  maxLength?: number;
  /** A textarea (Shift+Enter for a new line) instead of a one-line input. */
  rows?: number;
  /** The field's value as stored in the document now (others' saves included). */
  stored: string;
  /**
   * Saves the edit (merging it with what is stored now, see `commitTextEdit`). Returns the
   * result, or null when it was refused: the draft then stays in the field, to be fixed.
   */
  onCommit(edit: TextEdit): SavedText | null;
  /** The user typed (before anything is saved). */
  onType?(): void;
  /**
   * The unsaved edit as it stands after each keystroke; null once it is saved, dropped, or typed
   * back to what it began from. For the panel to keep the words if the entry is deleted meanwhile
   * (`useLostEdits`).
   */
  onDraft?(edit: TextEdit | null): void;
  /** Why the last save of this field was refused, shown under it (it stays until the next save or keystroke, as the caller decides). */
  error?: string | null;
  /** Given, Escape drops the draft (the stored value shows again), then this runs. */
  onEscape?(): void;
  /** The input or textarea element (e.g. to focus a new action's text). */
  inputRef?(element: HTMLInputElement | HTMLTextAreaElement | null): void;
}

/**
 * A free-text field of the board that others may edit at the same time: it keeps its user's
 * draft while they type (never re-mounted or overwritten by a remote change), saves when it is
 * left (Enter or blur) through `onCommit`, and says so when the save met someone else's
 * change to the same words (both versions are then in the field).
 */
export function DraftTextField({ stored, onCommit, onType, onDraft, onEscape, inputRef, rows, error, ...attrs }: DraftTextFieldProps) {
  const draft = useTextDraft(stored);
  const [merged, setMerged] = useState(false);
  const noteId = attrs.id ? `${attrs.id}-merged` : undefined;
  const errorId = useId();

  const commit = (domValue: string) => {
    // A one-line input drops line breaks from what it shows; a stored value with one (an import,
    // a bot) must not be rewritten just because the field was visited.
    const untouched = !draft.dirty && rows === undefined && domValue === withoutLineBreaks(draft.value);
    const edit = untouched ? null : draft.edit(domValue);
    if (!edit) {
      draft.discard();
      onDraft?.(null);
      return;
    }
    const saved = onCommit(edit);
    if (!saved) return;
    draft.settle(saved.text);
    onDraft?.(null);
    setMerged(saved.conflict);
  };
  const common = {
    ...attrs,
    value: draft.value,
    'aria-invalid': error ? true : attrs['aria-invalid'],
    'aria-describedby': [attrs['aria-describedby'], merged ? noteId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined,
    onChange(e: { target: { value: string } }) {
      draft.change(e.target.value);
      setMerged(false);
      onType?.();
      onDraft?.(draft.edit(e.target.value));
    },
    onBlur(e: { currentTarget: { value: string } }) {
      commit(e.currentTarget.value);
    },
  };
  const escape = (key: string) => {
    if (key !== 'Escape' || !onEscape) return;
    draft.discard();
    setMerged(false);
    onDraft?.(null);
    onEscape();
  };

  return (
    <>
      {rows === undefined ? (
        <input
          {...common}
          ref={inputRef}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            escape(e.key);
          }}
        />
      ) : (
        <textarea
          {...common}
          ref={inputRef}
          rows={rows}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.blur();
            }
            escape(e.key);
          }}
        />
      )}
      {merged && (
        <span className="field-note" id={noteId} role="status" data-testid="merged-note">
          Someone else changed this at the same time: both versions are kept. Check the wording.
        </span>
      )}
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </>
  );
}

/** What a one-line input shows of `text` (HTML strips its line breaks). */
function withoutLineBreaks(text: string): string {
  return text.replace(/[\r\n]/g, '');
}
