/** How long after a remote cursor last moved its name label stays: then it fades, the pointer stays. */
export const CURSOR_LABEL_IDLE_MS = 3_000;

/** Where a remote cursor was last seen and when it last moved there. */
export interface CursorSeen {
  x: number;
  y: number;
  movedAt: number;
}

/**
 * The cursors' last moves, updated with the positions now known: a cursor seen for the first
 * time or at a new position moved `now`; one at the same place keeps its time; one gone is dropped.
 */
export function noteCursorMoves(
  seen: ReadonlyMap<string, CursorSeen>,
  cursors: ReadonlyArray<{ id: string; x: number; y: number }>,
  now: number,
): Map<string, CursorSeen> {
  const next = new Map<string, CursorSeen>();
  for (const c of cursors) {
    const before = seen.get(c.id);
    next.set(c.id, before && before.x === c.x && before.y === c.y ? before : { x: c.x, y: c.y, movedAt: now });
  }
  return next;
}

/** Ids of the cursors that have not moved for `idleMs`: their labels are faded. */
export function idleCursorIds(seen: ReadonlyMap<string, CursorSeen>, now: number, idleMs = CURSOR_LABEL_IDLE_MS): Set<string> {
  const idle = new Set<string>();
  for (const [id, c] of seen) if (now - c.movedAt >= idleMs) idle.add(id);
  return idle;
}

/** Milliseconds until the next label turns idle (null when every label already is). */
export function nextIdleIn(seen: ReadonlyMap<string, CursorSeen>, now: number, idleMs = CURSOR_LABEL_IDLE_MS): number | null {
  let soonest: number | null = null;
  for (const c of seen.values()) {
    const left = c.movedAt + idleMs - now;
    if (left > 0 && (soonest === null || left < soonest)) soonest = left;
  }
  return soonest;
}
