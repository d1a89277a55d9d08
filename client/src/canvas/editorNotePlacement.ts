/** The room a note by the sticky editor is expected to need before it is measured: three lines of alert and two rows of buttons. */
export const EDITOR_NOTE_HEIGHT = 160;
const GAP = 6;
const MARGIN = 8;

/** Where a note about the sticky editor goes, in px of the canvas container: `top` or `bottom` (CSS) and `left`. */
export type EditorNotePlacement = { left: number; top: number } | { left: number; bottom: number };

/**
 * Below the editor, where the eye is, unless the note (`note.height`, as measured, or
 * {@link EDITOR_NOTE_HEIGHT}) would run out of the canvas, which clips it, and above has more
 * room; then above it, anchored by its bottom.
 * Shifted left as needed to stay inside the canvas.
 */
export function placeEditorNote(
  editor: { left: number; top: number; bottom: number },
  note: { width: number; height: number },
  container: { width: number; height: number },
): EditorNotePlacement {
  const left = Math.max(MARGIN, Math.min(editor.left, container.width - note.width - MARGIN));
  const below = container.height - (editor.bottom + GAP);
  const above = editor.top - GAP;
  if (below >= note.height + MARGIN || below >= above) return { left, top: editor.bottom + GAP };
  return { left, bottom: container.height - above };
}
