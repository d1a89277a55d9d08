import { useMemo } from 'react';
import type { SceneSticky } from '../scene/sceneTypes';
import type { RemoteEditor } from './BoardCanvasProps';
import type { EditorTag } from './PresenceLayer';

const NO_EDITORS: RemoteEditor[] = [];

/** Whether `editor` is editing the text of sticky `id`. */
const isStickyText = (editor: RemoteEditor, id: string) => editor.target.collection === 'stickies' && editor.target.id === id && editor.target.field === 'text';

/**
 * Who else is editing stickies: the names of those in the sticky open here (`editingId`; its
 * editor says so), and a tag for every other sticky someone is editing, at its corner.
 */
export function useStickyEditors(
  remoteEditors: RemoteEditor[] | undefined,
  stickies: SceneSticky[],
  editingId: string | null,
): { othersOnEdited: string[]; editorTags: EditorTag[] } {
  const editors = remoteEditors ?? NO_EDITORS;
  const othersOnEdited = useMemo(
    () => (editingId ? editors.filter((e) => isStickyText(e, editingId)).map((e) => e.name) : []),
    [editingId, editors],
  );
  const editorTags = useMemo(() => stickyEditorTags(editors, stickies, editingId), [editors, stickies, editingId]);
  return { othersOnEdited, editorTags };
}

/**
 * A "✎ name is editing" tag for everyone editing the text of a sticky other than the one open
 * here (`editingId`), at its top-left corner. Two people in one sticky get one row each (`stack`):
 * drawn at the same place, the second tag hid the first, and a third person saw one name only.
 */
export function stickyEditorTags(editors: readonly RemoteEditor[], stickies: readonly SceneSticky[], editingId: string | null): EditorTag[] {
  const byId = new Map(stickies.map((st) => [st.id, st]));
  const perSticky = new Map<string, number>();
  return editors.flatMap((e) => {
    const st = e.target.collection === 'stickies' && e.target.field === 'text' && e.target.id !== editingId ? byId.get(e.target.id) : undefined;
    if (!st) return [];
    const stack = perSticky.get(st.id) ?? 0;
    perSticky.set(st.id, stack + 1);
    return [{ id: e.id, name: e.name, color: e.color, x: st.x, y: st.y, stack }];
  });
}
