import { useEffect, useState } from 'react';

/** How long a local guess is shown if the server never answers (e.g. the command was refused). */
const PENDING_MS = 3000;

/**
 * A value the server owns (lock, follow-me) shown optimistically: a click shows the new value
 * at once, and the server's next state (or a timeout, if it refused) replaces the guess.
 */
export function useOptimistic<T>(serverValue: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => {
    setPending(null);
  }, [serverValue]);
  useEffect(() => {
    if (!pending) return;
    const id = window.setTimeout(() => setPending(null), PENDING_MS);
    return () => window.clearTimeout(id);
  }, [pending]);
  return [pending ? pending.value : serverValue, (next: T) => setPending({ value: next })];
}
