import { useEffect, useMemo, useRef, useState } from 'react';
import { CURSOR_LABEL_IDLE_MS, idleCursorIds, nextIdleIn, noteCursorMoves, type CursorSeen } from './cursorActivity';

/**
 * Ids of the remote cursors that have not moved for a while (see cursorActivity): the canvas
 * fades their name labels, which otherwise sit on sticky text for as long as the person is idle.
 * One timeout, for the next label to go idle; a move shows the label again at once.
 */
export function useIdleCursors(cursors: ReadonlyArray<{ id: string; x: number; y: number }>, idleMs = CURSOR_LABEL_IDLE_MS): ReadonlySet<string> {
  const seen = useRef<Map<string, CursorSeen>>(new Map());
  const [tick, setTick] = useState(0);
  // Updated during render, on a change of the cursors only: it is a cache of their history.
  const moves = useMemo(() => (seen.current = noteCursorMoves(seen.current, cursors, Date.now())), [cursors]);
  const idle = useMemo(() => idleCursorIds(moves, Date.now(), idleMs), [moves, tick, idleMs]);

  useEffect(() => {
    const wait = nextIdleIn(moves, Date.now(), idleMs);
    if (wait === null) return;
    const timer = window.setTimeout(() => setTick((t) => t + 1), wait + 20);
    return () => window.clearTimeout(timer);
  }, [moves, tick, idleMs]);

  return idle;
}
