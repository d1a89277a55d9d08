import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TextEdit } from '@gapboard/shared/textMerge';
import { useCopyText } from '../editing/useCopyText';
import { useTextDraft } from '../editing/useTextDraft';
import { deletedMessage } from '../editing/writeFailure';
import { SCENE_STYLE } from '../scene/sceneStyle';
import { LockedWhileTypingNote, StickyEditorNote } from './CanvasNotes';
import { EDITOR_NOTE_HEIGHT, placeEditorNote } from './editorNotePlacement';

export interface StickyEditorProps {
  /** Screen rectangle of the sticky's text area, relative to the canvas container. */
  left: number;
  top: number;
  width: number;
  height: number;
  fontSize: number;
  background: string;
  /**
   * The sticky's text as stored now. Shown until the user types; from then their draft stays,
   * whatever others save meanwhile.
   */
  storedText: string;
  label: string;
  /** Others editing this sticky now (their display names), for a hint under the editor. */
  othersEditing?: readonly string[];
  /** The facilitator locked the board while this was typed: a note under the editor says the text is kept. */
  lockedWhileTyping?: boolean;
  /**
   * Editing is over (Enter, Escape or focus left the field): `edit.base` is the text when the
   * typing began, `edit.mine` the text as it now reads (equal when nothing was typed). Returns
   * false when the text could not be saved: the editor then stays open with the draft.
   */
  onDone(edit: TextEdit): boolean | void;
  /**
   * Screen height and font size of the text area for `text`, as the sticky will lay it out:
   * the editor grows (and its font steps down) while a long text is typed. Without it the
   * editor keeps `height` and `fontSize`.
   */
  sizeFor?(text: string): { height: number; fontSize: number };
  /** Why the last save was refused (in words for people): said under the editor, which keeps the draft. */
  refusal?: string | null;
  /**
   * Someone deleted the sticky while it was open here. The editor stays where it was with the
   * text (read-only, nothing more is saved) and says so under it, with Copy, `onRestore` and
   * `onDismiss`, so the words typed are never silently lost.
   */
  deleted?: boolean;
  /** Size of the canvas container, so a note about the editor is placed where it is not cut off. */
  container?: { width: number; height: number };
  /** "Add it back as a new sticky" with `text` (offered once something was typed). */
  onRestore?(text: string): void;
  /** The user is done with a deleted sticky's editor: it closes. */
  onDismiss?(): void;
}

/**
 * In-place sticky editor: a textarea laid exactly over the sticky. Enter, Escape or leaving the
 * field ends editing and keeps the text, as on Miro or FigJam: a sentence is never lost to a
 * stray Escape (Undo takes it back). Shift+Enter adds a line. Reports at most once (unless the
 * save was refused). Others' saves show until the user types; the draft then stays, and saving
 * merges it with what others saved (the caller's `commitTextEdit`).
 */
export function StickyEditor(props: StickyEditorProps) {
  const draft = useTextDraft(props.storedText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const { outcome: copied, copy } = useCopyText(ref);
  const deleted = props.deleted ?? false;

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const size = props.sizeFor?.(draft.value) ?? { height: props.height, fontSize: props.fontSize };

  const finish = () => {
    // Nothing left to save to: the words stay in view until the user is done with them.
    if (done.current || deleted) return;
    done.current = true;
    const edit = draft.edit() ?? { base: draft.value, mine: draft.value };
    if (props.onDone(edit) === false) done.current = false;
  };

  const others = props.othersEditing ?? [];
  // Typed (and not saved): what a deleted sticky's editor offers to copy or add back.
  const typed = draft.dirty && draft.value.trim() !== '';
  const noteWidth = Math.max(props.width, 260);
  // Measured once drawn, so a note that would be cut off below the editor goes over it.
  const noteRef = useRef<HTMLDivElement>(null);
  const [noteHeight, setNoteHeight] = useState(EDITOR_NOTE_HEIGHT);
  useLayoutEffect(() => {
    const measured = noteRef.current?.offsetHeight ?? 0;
    if (measured > 0 && measured !== noteHeight) setNoteHeight(measured);
  });
  const editorBottom = props.top + size.height + (others.length > 0 && !deleted ? 28 : 0);
  const notePlacement = props.container
    ? placeEditorNote({ left: props.left, top: props.top, bottom: editorBottom }, { width: noteWidth, height: noteHeight }, props.container)
    : { left: props.left, top: editorBottom + 6 };
  return (
    <>
      <textarea
        ref={ref}
        aria-label={props.label}
        aria-describedby={[others.length > 0 && !deleted ? 'sticky-editing-hint' : '', deleted || props.refusal ? 'sticky-editor-note' : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.refusal && !deleted ? true : undefined}
        readOnly={deleted}
        value={draft.value}
        maxLength={2000}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={finish}
        onKeyDown={(e) => {
          // Keep board shortcuts (delete, N, ?) away from typing.
          e.stopPropagation();
          if (deleted) {
            if (e.key === 'Escape') props.onDismiss?.();
            return;
          }
          if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
            e.preventDefault();
            finish();
          }
        }}
        style={{
          position: 'absolute',
          left: props.left,
          top: props.top,
          width: props.width,
          height: size.height,
          fontSize: size.fontSize,
          lineHeight: 1.2,
          fontFamily: SCENE_STYLE.fontFamily,
          color: SCENE_STYLE.ink,
          background: props.background,
          border: 'none',
          outline: deleted || props.refusal ? '2px solid #b91c1c' : '2px solid #2563eb',
          borderRadius: 2,
          padding: 0,
          margin: 0,
          resize: 'none',
          overflow: 'auto',
          boxSizing: 'border-box',
          zIndex: 2,
        }}
      />
      {others.length > 0 && !deleted && (
        <div
          id="sticky-editing-hint"
          role="status"
          data-testid="sticky-editing-hint"
          style={{
            position: 'absolute',
            left: props.left,
            top: props.top + size.height + 6,
            maxWidth: Math.max(props.width, 220),
            padding: '3px 8px',
            borderRadius: 4,
            background: '#1e293b',
            color: '#ffffff',
            font: `12px ${SCENE_STYLE.fontFamily}`,
            zIndex: 3,
            pointerEvents: 'none',
          }}
        >
          {editingHint(others)}
        </div>
      )}
      {(deleted || props.refusal) && (
        <StickyEditorNote ref={noteRef} placement={notePlacement} width={noteWidth}>
          <div id="sticky-editor-note" role="alert" style={{ fontWeight: 600 }}>
            {deleted ? deletedMessage({ noun: 'sticky', doing: typed ? 'editing' : 'viewing' }) : props.refusal}
          </div>
          {deleted && (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 6 }}>
              {typed && (
                <>
                  <button type="button" className="secondary" onClick={() => void copy(draft.value)}>
                    {copied === 'copied' ? 'Copied' : 'Copy text'}
                  </button>
                  <button type="button" onClick={() => props.onRestore?.(draft.value)}>
                    Add it back as a new sticky
                  </button>
                </>
              )}
              <button type="button" className="link" onClick={() => props.onDismiss?.()}>
                {typed ? 'Dismiss' : 'Close'}
              </button>
              {copied === 'selected' && <span>Selected: press Ctrl+C (⌘C) to copy.</span>}
            </div>
          )}
        </StickyEditorNote>
      )}
      {props.lockedWhileTyping && !deleted && (
        // Under the editor as it has grown (and under the hint above, if any), never over the text.
        <LockedWhileTypingNote left={props.left} top={props.top + size.height + 6 + (others.length > 0 ? 28 : 0)} />
      )}
    </>
  );
}

/** "Aisha is also editing this sticky…", for one name or several. */
export function editingHint(names: readonly string[]): string {
  const who = names.length === 1 ? `${names[0]} is` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are`;
  return `${who} also editing this sticky: both your words will be kept.`;
}
