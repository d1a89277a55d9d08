import type * as Y from 'yjs';
import { commitTextEdit, storedText, type TextEdit } from '@gapboard/shared/textMerge';

/**
 * What became of a sticky's in-place edit on save:
 * - `unchanged`: nothing was typed, nothing written;
 * - `discard-new`: a sticky just created and left empty (a misclick), for the caller to remove;
 * - `saved`: written, merged cleanly with anything others saved meanwhile;
 * - `merged`: written, and others had changed the same words: both versions are in the text;
 * - `deleted`: someone deleted the sticky meanwhile; nothing was written.
 */
export type StickySaveOutcome = 'unchanged' | 'discard-new' | 'saved' | 'merged' | 'deleted';

/**
 * Saves the text typed into sticky `id`: a three-way merge of the edit with the text stored
 * now (`commitTextEdit`), so a sentence someone else added while this one was typed stays.
 * Throws a BoardInputError, writing nothing, when the merged text is not valid (too long).
 */
export function saveStickyText(doc: Y.Doc, id: string, edit: TextEdit, options: { isNew?: boolean | undefined; origin: unknown }): StickySaveOutcome {
  if (options.isNew && edit.mine.trim() === '') return 'discard-new';
  if (edit.mine === edit.base) return 'unchanged';
  const field = { collection: 'stickies', id, field: 'text' } as const;
  if (storedText(doc, field) === undefined) return 'deleted';
  return commitTextEdit(doc, field, edit, options.origin).conflict ? 'merged' : 'saved';
}
