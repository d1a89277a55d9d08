import { useCallback, useEffect, useRef, useState } from 'react';

/** An unsaved edit whose entry someone else deleted: what was typed, and where the entry was. */
export interface LostEdit<T, V> {
  /** The entry as this panel last showed it. */
  entry: T;
  /** Its place in the list when it went, so the notice shows where the user was working. */
  index: number;
  /** What the user had typed in it and not saved, by field. */
  edits: Readonly<Record<string, V>>;
}

export interface LostEdits<T, V> {
  /** The user's unsaved edit of `field` of entry `id` (null once it is saved or dropped). */
  track(id: string, field: string, value: V | null): void;
  /** Edits whose entry has gone from the list, in the order they went, until dismissed. */
  lost: readonly LostEdit<T, V>[];
  dismiss(id: string): void;
}

/**
 * Keeps what a user typed in an entry of a list (an issue's root cause, an action, a comm) when
 * someone else deletes the entry meanwhile. The entry's row and its field then leave the page,
 * with nothing saved and no error (the browser drops the focused field; there is no blur to
 * fail): without this the words would silently vanish. A save that failed because the entry had
 * just gone ends the same way, once the deletion reaches this list.
 */
export function useLostEdits<T extends { id: string }, V = string>(entries: readonly T[]): LostEdits<T, V> {
  // Typing must not re-render the panel: edits in progress live in a ref.
  const pending = useRef(new Map<string, Record<string, V>>());
  const shown = useRef<readonly T[]>(entries);
  const [lost, setLost] = useState<readonly LostEdit<T, V>[]>([]);

  // After every render: an entry with an edit in progress that is no longer listed was deleted.
  useEffect(() => {
    const present = new Set(entries.map((e) => e.id));
    const gone: LostEdit<T, V>[] = [];
    for (const [id, edits] of pending.current) {
      if (present.has(id)) continue;
      pending.current.delete(id);
      const index = shown.current.findIndex((e) => e.id === id);
      if (index >= 0) gone.push({ entry: shown.current[index]!, index, edits });
    }
    shown.current = entries;
    if (gone.length > 0) setLost((all) => [...all.filter((l) => !gone.some((g) => g.entry.id === l.entry.id)), ...gone]);
  });

  const track = useCallback((id: string, field: string, value: V | null) => {
    const edits = { ...pending.current.get(id) };
    if (value === null) delete edits[field];
    else edits[field] = value;
    if (Object.keys(edits).length > 0) pending.current.set(id, edits);
    else pending.current.delete(id);
  }, []);
  const dismiss = useCallback((id: string) => setLost((all) => all.filter((l) => l.entry.id !== id)), []);

  return { track, lost, dismiss };
}

/**
 * The list to render: `entries`, with each lost edit's notice at the place its entry had (or at
 * the end, when the list has since grown shorter).
 */
export function withLostEdits<T, V>(entries: readonly T[], lost: readonly LostEdit<T, V>[]): Array<{ entry: T } | { lost: LostEdit<T, V> }> {
  const rows: Array<{ entry: T } | { lost: LostEdit<T, V> }> = entries.map((entry) => ({ entry }));
  for (const l of [...lost].sort((a, b) => a.index - b.index)) rows.splice(Math.min(l.index, rows.length), 0, { lost: l });
  return rows;
}
