import { useCallback, useEffect, useState } from 'react';

/** A message shown on the canvas for a few seconds: a refused write, or a note about one. */
export interface CanvasMessage {
  kind: 'error' | 'note';
  text: string;
}

/**
 * Runs document writes for the canvas. The shared mutation helpers throw a BoardInputError on
 * bad input; here that becomes a message shown on the canvas for a few seconds (and an optional
 * rollback of the on-screen change), never an exception inside React. `note` shows a message
 * about a write that went through (a sticky merged with someone else's words), `fail` one about
 * a write that could not be tried.
 */
export function useDocWrite() {
  const [message, setMessage] = useState<CanvasMessage | null>(null);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), message.kind === 'note' ? 8000 : 5000);
    return () => clearTimeout(timer);
  }, [message]);

  const write = useCallback((fn: () => void, onFail?: () => void) => {
    try {
      fn();
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
      onFail?.();
    }
  }, []);

  const note = useCallback((text: string) => setMessage({ kind: 'note', text }), []);
  const fail = useCallback((text: string) => setMessage({ kind: 'error', text }), []);

  return { message, write, note, fail };
}
