/** What a key press means on the board page. */
export type ShortcutAction = 'undo' | 'redo' | 'delete' | 'new-sticky' | 'help' | 'close';

/** The subset of a KeyboardEvent the matcher needs (so it is testable without a DOM). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The shortcuts, as the help dialog lists them. */
export const SHORTCUTS: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'Ctrl+Z (⌘Z)', does: 'Undo your last change (never someone else’s)' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo' },
  { keys: 'Delete / Backspace', does: 'Delete the selected sticky, comm or drawing' },
  { keys: 'N', does: 'New sticky near the centre of the view (beside the timeline and other stickies), open for typing' },
  { keys: 'Shift + click', does: 'With the Sticky tool: place a sticky and keep the tool on (double-click the tool to keep it on)' },
  { keys: 'Space + drag, wheel', does: 'Pan the canvas' },
  { keys: 'Ctrl + wheel', does: 'Zoom' },
  { keys: '?', does: 'Show this help' },
  { keys: 'Enter or Escape', does: 'Finish editing a sticky (the text is kept; Shift+Enter adds a line)' },
  { keys: 'Escape', does: 'Close a dialog, or the comm form (what you typed in it is kept for when you open it again)' },
];

/** Maps a key press to an action, or null. Ctrl and ⌘ are the same modifier. */
export function shortcutFor(e: KeyLike): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !e.shiftKey) return 'redo';
    return null;
  }
  if (e.altKey) return null;
  if (key === 'Delete' || key === 'Backspace') return 'delete';
  if (key === 'n' && !e.shiftKey) return 'new-sticky';
  if (e.key === '?') return 'help';
  if (key === 'Escape') return 'close';
  return null;
}

/** Element-like: tag and editability (a DOM element satisfies it). */
export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset', 'image']);

/**
 * True while the user is typing (an input, textarea, select or editable element has focus):
 * shortcuts are then left to the field, so "n" types an n and ctrl+z undoes the text.
 */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}
