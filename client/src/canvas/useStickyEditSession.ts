import { deleteEntity, newId, upsertSticky } from '@gapboard/shared';
import type { TextEdit } from '@gapboard/shared/textMerge';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { describeWriteFailure, type WriteSubject } from '../editing/writeFailure';
import { SCENE_STYLE } from '../scene/sceneStyle';
import { sceneTimeAt } from '../scene/sceneTimeAt';
import type { Scene } from '../scene/sceneTypes';
import type { BoardCanvasProps } from './BoardCanvasProps';
import { saveStickyText, type StickySaveOutcome } from './saveStickyText';
import type { StickyEdit } from './useStickyHandlers';

export interface StickyEditSessionDeps {
  /** The board as drawn now. */
  board: BoardCanvasProps['board'];
  /** Latest props and scene (read at event time). */
  latest: RefObject<{ props: BoardCanvasProps; scene: Scene }>;
  write(subject: WriteSubject, fn: () => void, onFail?: () => void): void;
  note(text: string): void;
  select(selection: { collection: 'stickies'; id: string } | null): void;
}

const STICKY_TEXT: WriteSubject = { collection: 'stickies', noun: 'sticky', doing: 'editing' };

/**
 * The sticky open in the in-place editor, and what ends its editing: saving the text (merged
 * with others' words), removing a new sticky left empty, and, when someone deletes the sticky
 * meanwhile, keeping the editor open with the words (`deleted`) until the user copies them,
 * adds them back as a new sticky, or dismisses them. Others are told which sticky is open here.
 */
export function useStickyEditSession({ board, latest, write, note, select }: StickyEditSessionDeps) {
  const [editing, setEditing] = useState<StickyEdit | null>(null);

  // Tell the others which sticky is open here (and when it closes), so theirs can say so.
  const editingId = editing && !editing.deleted ? editing.id : null;
  useEffect(() => {
    if (editingId === null) return;
    const { onEditing } = latest.current.props;
    onEditing?.({ collection: 'stickies', id: editingId, field: 'text' });
    return () => onEditing?.(null);
  }, [editingId]);

  // Someone deleted the sticky open here: the editor stays, with the words typed in it, and says
  // so (a sticky just created counts once the board has shown it, a frame later).
  const editedShown = editing !== null && board.stickies.some((st) => st.id === editing.id);
  const seenEdited = useRef<string | null>(null);
  useEffect(() => {
    if (!editing) return;
    if (editedShown) seenEdited.current = editing.id;
    else if (seenEdited.current === editing.id && !editing.deleted) setEditing({ ...editing, deleted: true });
  }, [editing, editedShown]);

  const removeNewSticky = (current: StickyEdit) => {
    const { props: p } = latest.current;
    // Only if still untouched: a collaborator may have typed into it meanwhile.
    const stored = p.board.stickies.find((s) => s.id === current.id);
    if (stored && stored.text.trim() !== '') return;
    select(null);
    write({ ...STICKY_TEXT, doing: 'changing' }, () => deleteEntity(p.doc, 'stickies', current.id, p.origin));
  };

  // Enter, Escape and leaving the field all end up here: what was typed is kept (Undo takes it
  // back), merged with whatever others saved meanwhile. False keeps the editor open (not saved):
  // with the reason under it, or, when someone deleted the sticky meanwhile, with their words
  // kept in it to copy or add back.
  const commitEdit = (edit: TextEdit): boolean => {
    const current = editing;
    if (!current) return true;
    const { props: p } = latest.current;
    let outcome: StickySaveOutcome;
    try {
      outcome = saveStickyText(p.doc, current.id, edit, { isNew: current.isNew, origin: p.origin });
    } catch (err) {
      const failure = describeWriteFailure(err, STICKY_TEXT);
      setEditing({ ...current, ...(failure.kind === 'deleted' ? { deleted: true } : { refusal: failure.message }) });
      return false;
    }
    if (outcome === 'deleted') {
      setEditing({ ...current, deleted: true });
      return false;
    }
    setEditing(null);
    if (outcome === 'discard-new') removeNewSticky(current);
    else if (outcome === 'merged') note('Someone else changed this sticky at the same time: both versions are kept. Check the wording.');
    return true;
  };

  /** A deleted sticky's words as a new sticky of the same kind, where it was. */
  const restoreSticky = (current: StickyEdit, text: string) => {
    const { props: p, scene: s } = latest.current;
    const sticky = { id: newId('s'), kind: current.kind, text, x: current.x, y: current.y, at: sceneTimeAt(s, current.x + SCENE_STYLE.sticky.width / 2) };
    write(STICKY_TEXT, () => {
      upsertSticky(p.doc, sticky, p.origin);
      setEditing(null);
      select({ collection: 'stickies', id: sticky.id });
    });
  };

  return { editing, setEditing, commitEdit, restoreSticky };
}
