import { useRef, useState } from 'react';
import type { TextEdit } from '@gapboard/shared/textMerge';

/** A text field's draft: kept while its user types, whatever others save meanwhile. */
export interface TextDraft {
  /** What the field shows: the draft while there is one, else the stored value. */
  value: string;
  /** Something was typed and not yet saved or discarded. */
  dirty: boolean;
  /** The user typed `text`. The first change starts the edit: its base is the value shown then. */
  change(text: string): void;
  /**
   * The edit to save when the field is left with `text` in it (its DOM value, which is the
   * draft unless something set the field without a change event), or null when it is the
   * value the edit began from.
   */
  edit(text?: string): TextEdit | null;
  /** The edit was saved and the field now holds `text`: show it until the stored value moves on. */
  settle(text: string): void;
  /** Drops the draft: the field shows the stored value again. */
  discard(): void;
}

/**
 * The draft of one free-text field that others may edit at the same time. Until the user types,
 * the field follows the stored value (others' saves show at once); from the first keystroke the
 * draft is theirs alone: a remote change neither replaces it nor re-mounts the field, so focus,
 * caret and words stay. The edit remembers its base (the value when typing began) for the
 * three-way merge on save (`commitTextEdit`).
 */
export function useTextDraft(stored: string): TextDraft {
  const [draft, setDraftState] = useState<TextEdit | null>(null);
  // Read by event handlers, which may run before the re-render of the last change.
  const draftRef = useRef<TextEdit | null>(null);
  const setDraft = (next: TextEdit | null) => {
    draftRef.current = next;
    setDraftState(next);
  };
  // The value just saved, shown while the stored value has not caught up (the board is read
  // back a frame later) so the field does not flash the old text.
  const [saved, setSaved] = useState<{ text: string; over: string } | null>(null);
  const shown = saved !== null && saved.over === stored ? saved.text : stored;

  return {
    value: draft ? draft.mine : shown,
    dirty: draft !== null,
    change(text) {
      setDraft({ base: draftRef.current ? draftRef.current.base : shown, mine: text });
    },
    edit(text) {
      const current = draftRef.current;
      const base = current ? current.base : shown;
      const mine = text ?? current?.mine ?? shown;
      return mine === base ? null : { base, mine };
    },
    settle(text) {
      setDraft(null);
      setSaved({ text, over: stored });
    },
    discard() {
      setDraft(null);
      setSaved(null);
    },
  };
}
