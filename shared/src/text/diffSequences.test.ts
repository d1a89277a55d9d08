import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences, type Hunk } from './diffSequences';

/** `a` with every hunk replaced by its part of `b`. */
function applyHunks<T>(a: readonly T[], b: readonly T[], hunks: readonly Hunk[]): T[] {
  const out: T[] = [];
  let at = 0;
  for (const h of hunks) {
    out.push(...a.slice(at, h.aStart), ...b.slice(h.bStart, h.bEnd));
    at = h.aEnd;
  }
  return [...out, ...a.slice(at)];
}

/** Length of a longest common subsequence, by the textbook table (small inputs only). */
function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const kept = (a: readonly unknown[], hunks: readonly Hunk[]) => a.length - hunks.reduce((n, h) => n + h.aEnd - h.aStart, 0);
const seq = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });

describe('diffSequences', () => {
  it('finds nothing between equal sequences', () => {
    expect(diffSequences(['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(diffSequences([], [])).toEqual([]);
  });

  it('reports an insertion, a deletion and a replacement where they are', () => {
    expect(diffSequences(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual([{ aStart: 1, aEnd: 1, bStart: 1, bEnd: 2 }]);
    expect(diffSequences(['a', 'b', 'c'], ['a', 'c'])).toEqual([{ aStart: 1, aEnd: 2, bStart: 1, bEnd: 1 }]);
    expect(diffSequences(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'y'])).toEqual([
      { aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 },
      { aStart: 3, aEnd: 4, bStart: 3, bEnd: 4 },
    ]);
  });

  it('turns a into b, with hunks in order, separated by at least one common element', () => {
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const hunks = diffSequences(a, b);
        expect(applyHunks(a, b, hunks)).toEqual(b);
        for (const h of hunks) expect(h.aEnd > h.aStart || h.bEnd > h.bStart).toBe(true);
        for (let i = 1; i < hunks.length; i += 1) {
          expect(hunks[i]!.aStart).toBeGreaterThan(hunks[i - 1]!.aEnd);
          expect(hunks[i]!.bStart).toBeGreaterThan(hunks[i - 1]!.bEnd);
          // What lies between two hunks is common: same length on both sides.
          expect(hunks[i]!.aStart - hunks[i - 1]!.aEnd).toBe(hunks[i]!.bStart - hunks[i - 1]!.bEnd);
        }
      }),
    );
  });

  it('keeps a longest common subsequence (a shortest edit)', () => {
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        expect(kept(a, diffSequences(a, b))).toBe(lcsLength(a, b));
      }),
    );
  });

  it('past maxEdits, still turns a into b, as one replacement between the common ends', () => {
    const a = ['same', ...'abcdefgh'.split(''), 'end'];
    const b = ['same', ...'ijklmnop'.split(''), 'end'];
    expect(diffSequences(a, b, 4)).toEqual([{ aStart: 1, aEnd: 9, bStart: 1, bEnd: 9 }]);
    fc.assert(
      fc.property(seq, seq, fc.integer({ min: 0, max: 6 }), (x, y, maxEdits) => {
        expect(applyHunks(x, y, diffSequences(x, y, maxEdits))).toEqual(y);
      }),
    );
  });

  it('handles two 4,000-element texts that share nothing quickly (the cap)', () => {
    const a = Array.from({ length: 4000 }, (_, i) => i);
    const b = Array.from({ length: 4000 }, (_, i) => -i - 1);
    const started = performance.now();
    expect(diffSequences(a, b)).toEqual([{ aStart: 0, aEnd: 4000, bStart: 0, bEnd: 4000 }]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
