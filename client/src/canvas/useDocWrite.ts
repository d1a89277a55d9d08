import { useCallback, useEffect, useState } from 'react';

/**
 * Runs document writes for the canvas. The shared mutation helpers throw a BoardInputError on
 * bad input; here that becomes a message shown on the canvas for a few seconds (and an optional
 * rollback of the on-screen change), never an exception inside React.
 */
export function useDocWrite() {
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(() => setError(null), 5000);
    return () => clearTimeout(timer);
  }, [error]);

  const write = useCallback((fn: () => void, onFail?: () => void) => {
    try {
      fn();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      onFail?.();
    }
  }, []);

  return { error, write };
}
