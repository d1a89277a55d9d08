import { describe, expect, it } from 'vitest';
import { idleCursorIds, nextIdleIn, noteCursorMoves } from './cursorActivity';

const IDLE = 3_000;

describe('cursor activity', () => {
  it('marks a cursor idle once it has not moved for the idle time, and active again when it moves', () => {
    let seen = noteCursorMoves(new Map(), [{ id: 'ana', x: 10, y: 10 }], 0);
    expect(idleCursorIds(seen, 2_999, IDLE)).toEqual(new Set());
    expect(idleCursorIds(seen, 3_000, IDLE)).toEqual(new Set(['ana']));
    // The same position again (a re-sent message) is not a move.
    seen = noteCursorMoves(seen, [{ id: 'ana', x: 10, y: 10 }], 2_000);
    expect(idleCursorIds(seen, 3_000, IDLE)).toEqual(new Set(['ana']));
    seen = noteCursorMoves(seen, [{ id: 'ana', x: 12, y: 10 }], 5_000);
    expect(idleCursorIds(seen, 5_100, IDLE)).toEqual(new Set());
  });

  it('tracks each person on their own and forgets those who left', () => {
    let seen = noteCursorMoves(new Map(), [{ id: 'ana', x: 0, y: 0 }, { id: 'ben', x: 0, y: 0 }], 0);
    seen = noteCursorMoves(seen, [{ id: 'ana', x: 0, y: 0 }, { id: 'ben', x: 5, y: 5 }], 2_000);
    expect(idleCursorIds(seen, 3_500, IDLE)).toEqual(new Set(['ana']));
    seen = noteCursorMoves(seen, [{ id: 'ana', x: 0, y: 0 }], 4_000);
    expect([...seen.keys()]).toEqual(['ana']);
  });

  it('says when the next label turns idle', () => {
    const seen = noteCursorMoves(new Map(), [{ id: 'ana', x: 0, y: 0 }], 0);
    const withBen = noteCursorMoves(seen, [{ id: 'ana', x: 0, y: 0 }, { id: 'ben', x: 1, y: 1 }], 1_000);
    expect(nextIdleIn(withBen, 1_000, IDLE)).toBe(2_000);
    expect(nextIdleIn(withBen, 3_500, IDLE)).toBe(500);
    expect(nextIdleIn(withBen, 4_000, IDLE)).toBeNull();
  });
});
