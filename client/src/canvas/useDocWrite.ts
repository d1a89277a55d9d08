import { useCallback, useEffect, useState } from 'react';
import { describeWriteFailure, type WriteSubject } from '../editing/writeFailure';

/** A message shown on the canvas for a few seconds: a refused write, or a note about one. */
export interface CanvasMessage {
  kind: 'error' | 'note';
  text: string;
}

/**
 * Runs document writes for the canvas. The shared mutation helpers throw a BoardInputError on
 * bad input; here that becomes a message, in words for people (`describeWriteFailure` about
 * `subject`), shown on the canvas for a few seconds (and an optional rollback of the on-screen
 * change), never an exception inside React. `note` shows a message about a write that went
 * through (a sticky merged with someone else's words).
 */
export function useDocWrite() {
  const [message, setMessage] = useState<CanvasMessage | null>(null);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), message.kind === 'note' ? 8000 : 5000);
    return () => clearTimeout(timer);
  }, [message]);

  const write = useCallback((subject: WriteSubject, fn: () => void, onFail?: () => void) => {
    try {
      fn();
    } catch (err) {
      setMessage({ kind: 'error', text: describeWriteFailure(err, subject).message });
      onFail?.();
    }
  }, []);

  const note = useCallback((text: string) => setMessage({ kind: 'note', text }), []);

  return { message, write, note };
}
