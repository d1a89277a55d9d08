import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Comm } from '../model/entities';
import { analyzeBoard } from './analyzeBoard';
import { SAME_MOMENT_MS } from './updateMoments';

const START = Date.parse('2026-03-04T10:00:00Z');
const NOW = Date.parse('2026-03-10T00:00:00Z');
const MIN = 60_000;

/**
 * Boards whose comms cluster (times in whole or half seconds over a few hours) so that the
 * 60 s merge rule, equal times, updates at the start and at the resolution all come up often.
 */
const boardArb = fc
  .record({
    durationMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 * 60 * MIN })),
    cadence: fc.oneof(fc.constant(30), fc.integer({ min: 1, max: 120 })),
    comms: fc.array(
      fc.record({
        channelId: fc.constantFrom('status', 'email', 'twitter'),
        // Fraction of the duration, sometimes outside [0, 1], in half-second steps.
        offset: fc.oneof(
          fc.integer({ min: -2 * 3600 * 2, max: 8 * 3600 * 2 }).map((h) => ({ halfSeconds: h })),
          fc.constantFrom({ atStart: true }, { atEnd: true }),
        ),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ durationMs, cadence, comms }): Board => {
    const end = START + durationMs;
    return {
      meta: { title: '', startedAt: START, resolvedAt: end, cadenceMinutes: cadence, customerImpact: '' },
      channels: [
        { id: 'status', name: 'Status page' },
        { id: 'email', name: 'Email' },
        { id: 'twitter', name: 'Twitter' },
      ],
      comms: comms.map((c, i): Comm => {
        const o = c.offset;
        const at = 'halfSeconds' in o ? START + o.halfSeconds * 500 : 'atStart' in o ? START : end;
        return { id: `m${i}`, channelId: c.channelId, at, sender: '', summary: '' };
      }),
      stickies: [],
      actions: [],
      annotations: [],
    };
  });

const startOf = (b: Board): number => b.meta.startedAt!;
const endOf = (b: Board): number => b.meta.resolvedAt!;
const longest = (b: Board): number => analyzeBoard(b, { now: NOW }).stats.longestSilenceMinutes ?? 0;
const withComm = (b: Board, at: number): Board => ({
  ...b,
  comms: [...b.comms, { id: 'added', channelId: 'email', at, sender: '', summary: '' }],
});

describe('analyzeBoard properties', () => {
  it('intervals tile [start, resolution] exactly', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const { intervals } = analyzeBoard(board, { now: NOW });
        const start = startOf(board);
        const end = endOf(board);
        if (end === start) {
          expect(intervals).toEqual([]);
          return;
        }
        expect(intervals[0]!.from).toBe(start);
        expect(intervals.at(-1)!.to).toBe(end);
        let sum = 0;
        intervals.forEach((interval, i) => {
          expect(interval.to).toBeGreaterThan(interval.from);
          if (i + 1 < intervals.length) expect(interval.to).toBe(intervals[i + 1]!.from);
          sum += interval.minutes;
        });
        expect(sum).toBeCloseTo((end - start) / MIN, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('gaps are exactly the intervals longer than the cadence', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const { intervals, gaps } = analyzeBoard(board, { now: NOW });
        const cadence = board.meta.cadenceMinutes;
        const expected = intervals.filter((i) => i.minutes > cadence).map((i) => i.from).sort((a, b) => a - b);
        expect(gaps.map((g) => g.from).sort((a, b) => a - b)).toEqual(expected);
        for (const gap of gaps) {
          expect(gap.minutes).toBeGreaterThan(cadence);
          expect(intervals).toContainEqual({ from: gap.from, to: gap.to, minutes: gap.minutes, overTarget: true, kind: gap.kind });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks are 1..n in non-increasing minutes', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const { gaps } = analyzeBoard(board, { now: NOW });
        gaps.forEach((gap, i) => {
          expect(gap.rank).toBe(i + 1);
          if (i > 0) expect(gap.minutes).toBeLessThanOrEqual(gaps[i - 1]!.minutes);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a comm added inside the window, a minute or more from every other, never lengthens the longest silence', () => {
    fc.assert(
      fc.property(boardArb, fc.double({ min: 0, max: 1, noNaN: true }), (board, fraction) => {
        const start = startOf(board);
        const end = endOf(board);
        const at = Math.round(start + fraction * (end - start));
        const isolated = board.comms.every((c) => Math.abs(c.at - at) >= SAME_MOMENT_MS);
        fc.pre(isolated);
        expect(longest(withComm(board, at))).toBeLessThanOrEqual(longest(board));
      }),
      { numRuns: 300 },
    );
  });

  it('any comm added inside the window lengthens the longest silence by less than the 60 s merge window', () => {
    fc.assert(
      fc.property(boardArb, fc.double({ min: 0, max: 1, noNaN: true }), (board, fraction) => {
        const start = startOf(board);
        const end = endOf(board);
        const at = Math.round(start + fraction * (end - start));
        expect(longest(withComm(board, at))).toBeLessThan(longest(board) + SAME_MOMENT_MS / MIN);
      }),
      { numRuns: 300 },
    );
  });

  it('counterexample: a comm added early can regroup later comms and lengthen the silence by a little', () => {
    // Without the added comm: moments at 10:00:00 (A, B at +59 s) and 10:01:01 (C); the last
    // silence runs 10:01:01 → 11:00. With a comm at 09:59:30, A joins it, B opens a moment at
    // 10:00:59 and C joins B: the last silence now runs from 10:00:59, 2 s longer. This follows
    // from DESIGN.md's rule (a moment is anchored on its first comm), so the "never lengthens"
    // invariant holds only for comms a minute or more from the others (tested above).
    const base: Board = {
      meta: { title: '', startedAt: START - 10 * MIN, resolvedAt: START + 60 * MIN, cadenceMinutes: 30, customerImpact: '' },
      channels: [{ id: 'status', name: 'Status page' }, { id: 'email', name: 'Email' }],
      comms: [
        { id: 'A', channelId: 'status', at: START, sender: '', summary: '' },
        { id: 'B', channelId: 'email', at: START + 59_000, sender: '', summary: '' },
        { id: 'C', channelId: 'status', at: START + 61_000, sender: '', summary: '' },
      ],
      stickies: [],
      actions: [],
      annotations: [],
    };
    const before = longest(base);
    const after = longest(withComm(base, START - 30_000));
    expect(before).toBeCloseTo(60 - 61 / 60, 9);
    expect(after).toBeCloseTo(60 - 59 / 60, 9);
    expect(after - before).toBeCloseTo(2 / 60, 9);
  });
});
