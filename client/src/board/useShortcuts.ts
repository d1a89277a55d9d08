import { useEffect, useRef } from 'react';
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts';

type Handlers = Partial<Record<'undo' | 'redo' | 'delete' | 'newSticky' | 'help' | 'close', () => void>>;

const handlerOf: Record<ShortcutAction, keyof Handlers> = {
  undo: 'undo',
  redo: 'redo',
  delete: 'delete',
  'new-sticky': 'newSticky',
  help: 'help',
  close: 'close',
};

/** Board keyboard shortcuts on the window; ignored while the user types in a field or a dialog is open. */
export function useShortcuts(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const action = shortcutFor(e);
      if (!action) return;
      if (action !== 'close' && isTypingTarget(e.target as HTMLElement | null)) return;
      // Behind an open dialog the board is inert: only Escape means something.
      if (action !== 'close' && document.querySelector('dialog[open]')) return;
      const handler = ref.current[handlerOf[action]];
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
