import * as Y from 'yjs';
import { mergeText, type TextMerge } from '../text/mergeText';
import { getCollectionMap, getMetaMap } from './boardMaps';
import { patchEntity, setMeta } from './boardMutations';

/**
 * A free-text field that people edit in place, possibly several at once. The document keeps it
 * as a plain string in the entity's `Y.Map` (the layout in DESIGN.md), so concurrent saves of it
 * would each replace the whole string: {@link commitTextEdit} merges instead.
 */
export type TextFieldRef =
  | { collection: 'stickies'; id: string; field: 'text' | 'rootCause' }
  | { collection: 'actions'; id: string; field: 'text' | 'owner' }
  | { collection: 'channels'; id: string; field: 'name' }
  | { collection: 'comms'; id: string; field: 'sender' | 'summary' }
  | { collection: 'meta'; field: 'title' | 'customerImpact' };

/** One person's edit of a text field. */
export interface TextEdit {
  /** The field's value when this edit began (what the person saw before typing). */
  base: string;
  /** The edited text. */
  mine: string;
}

/** A merged edit, and the value it was merged with. */
export interface MergedTextEdit extends TextMerge {
  /** The value stored when the edit was merged ("theirs"). */
  stored: string;
}

/** Fields that may be absent: an empty result removes them rather than storing "". */
const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['rootCause']);

/**
 * The field's value as stored now: "" when absent or not a string (a foreign client's entry);
 * undefined when the entity itself is gone.
 */
export function storedText(doc: Y.Doc, ref: TextFieldRef): string | undefined {
  const map = ref.collection === 'meta' ? getMetaMap(doc) : getCollectionMap(doc, ref.collection).get(ref.id);
  if (!(map instanceof Y.Map)) return undefined;
  const value: unknown = map.get(ref.field);
  return typeof value === 'string' ? value : '';
}

/**
 * `edit` merged with the value stored now (see {@link mergeText}), without writing it: for
 * forms that save several fields in one write. An entity that is gone counts as "".
 */
export function mergeTextEdit(doc: Y.Doc, ref: TextFieldRef, edit: TextEdit): MergedTextEdit {
  const stored = storedText(doc, ref) ?? '';
  return { ...mergeText(edit.base, stored, edit.mine), stored };
}

export interface CommitTextOptions {
  /** Applied to the merged text before it is written (e.g. trimming). */
  normalize?(text: string): string;
}

/** What {@link commitTextEdit} did. */
export interface CommittedText {
  /** The field's value now, as stored. */
  text: string;
  /** Both the stored value and the edit had changed the same words: see {@link TextMerge.conflict}. */
  conflict: boolean;
  /** Whether anything was written (nothing when the merge equals what is stored). */
  written: boolean;
}

/**
 * Saves one person's edit of a text field without losing anyone's words: the edit is merged
 * three-way with the value stored now (base = the value when the edit began), so words others
 * saved meanwhile stay. Writes (one transaction, tagged `origin`) only when the result differs
 * from what is stored. Throws a BoardInputError, before writing, when the result is not a valid
 * value for the field (too long, an entity that is gone).
 */
export function commitTextEdit(doc: Y.Doc, ref: TextFieldRef, edit: TextEdit, origin?: unknown, options: CommitTextOptions = {}): CommittedText {
  const merged = mergeTextEdit(doc, ref, edit);
  const text = options.normalize ? options.normalize(merged.text) : merged.text;
  if (text === merged.stored && storedText(doc, ref) !== undefined) return { text, conflict: merged.conflict, written: false };
  const value = text === '' && OPTIONAL_FIELDS.has(ref.field) ? undefined : text;
  if (ref.collection === 'meta') {
    const meta = setMeta(doc, { [ref.field]: value }, origin);
    return { text: meta[ref.field], conflict: merged.conflict, written: true };
  }
  const entity = patchEntity(doc, ref.collection, ref.id, { [ref.field]: value }, origin) as unknown as Record<string, unknown>;
  const now = entity[ref.field];
  return { text: typeof now === 'string' ? now : '', conflict: merged.conflict, written: true };
}
