/** The room a note under (or over) the sticky editor is expected to need: an alert of three lines and a row of buttons. */
export const EDITOR_NOTE_HEIGHT = 150;
const GAP = 6;
const MARGIN = 8;

/** Where a note about the sticky editor goes, in px of the canvas container: `top` or `bottom` (CSS) and `left`. */
export type EditorNotePlacement = { left: number; top: number } | { left: number; bottom: number };

/**
 * Below the editor, where the eye is, unless that runs out of the canvas (which clips it) and
 * above has more room; then above it, anchored by its bottom so its own height does not matter.
 * Shifted left as needed to stay inside the canvas.
 */
export function placeEditorNote(
  editor: { left: number; top: number; bottom: number },
  noteWidth: number,
  container: { width: number; height: number },
): EditorNotePlacement {
  const left = Math.max(MARGIN, Math.min(editor.left, container.width - noteWidth - MARGIN));
  const below = container.height - (editor.bottom + GAP);
  const above = editor.top - GAP;
  if (below >= EDITOR_NOTE_HEIGHT || below >= above) return { left, top: editor.bottom + GAP };
  return { left, bottom: container.height - above };
}
