import { describe, expect, it } from 'vitest';
import type { IntervalKind } from './analysisTypes';
import { buildIntervals, findIntervalIndex } from './intervals';

const MIN = 60_000;
const S = Date.parse('2026-03-04T10:00:00Z');
const at = (minutes: number): number => S + minutes * MIN;

describe('buildIntervals', () => {
  const cases: Array<{
    name: string;
    end: number;
    moments: number[];
    cadence?: number;
    expected: Array<[fromMin: number, toMin: number, kind: IntervalKind, overTarget: boolean]>;
  }> = [
    { name: 'no updates', end: 120, moments: [], expected: [[0, 120, 'no-updates', true]] },
    {
      name: 'no updates, short incident within target',
      end: 20,
      moments: [],
      expected: [[0, 20, 'no-updates', false]],
    },
    {
      name: 'usual case',
      end: 120,
      moments: [10, 40, 100],
      expected: [
        [0, 10, 'first-update', false],
        [10, 40, 'between-updates', false],
        [40, 100, 'between-updates', true],
        [100, 120, 'to-resolution', false],
      ],
    },
    {
      name: 'an update at the start makes the start an update',
      end: 90,
      moments: [0, 45],
      expected: [
        [0, 45, 'between-updates', true],
        [45, 90, 'to-resolution', true],
      ],
    },
    {
      name: 'only an update at the start',
      end: 90,
      moments: [0],
      expected: [[0, 90, 'to-resolution', true]],
    },
    {
      name: 'an update at the resolution is the resolution update',
      end: 60,
      moments: [20, 60],
      expected: [
        [0, 20, 'first-update', false],
        [20, 60, 'to-resolution', true],
      ],
    },
    {
      name: 'the only update at the resolution is the first update',
      end: 60,
      moments: [60],
      expected: [[0, 60, 'first-update', true]],
    },
    {
      name: 'updates at both the start and the resolution',
      end: 60,
      moments: [0, 60],
      expected: [[0, 60, 'to-resolution', true]],
    },
    {
      name: 'an interval exactly at the target is not over it',
      end: 60,
      moments: [30],
      expected: [
        [0, 30, 'first-update', false],
        [30, 60, 'to-resolution', false],
      ],
    },
    {
      name: 'a custom cadence',
      end: 60,
      moments: [20],
      cadence: 20,
      expected: [
        [0, 20, 'first-update', false],
        [20, 60, 'to-resolution', true],
      ],
    },
    {
      name: 'moments outside the window are ignored',
      end: 60,
      moments: [-5, 30, 61],
      expected: [
        [0, 30, 'first-update', false],
        [30, 60, 'to-resolution', false],
      ],
    },
    { name: 'a zero-length incident has no intervals', end: 0, moments: [0], expected: [] },
  ];

  it.each(cases)('$name', ({ end, moments, cadence, expected }) => {
    const intervals = buildIntervals(S, at(end), moments.map(at), cadence ?? 30);
    expect(intervals).toEqual(
      expected.map(([from, to, kind, overTarget]) => ({
        from: at(from),
        to: at(to),
        minutes: to - from,
        overTarget,
        kind,
      })),
    );
  });

  it('keeps fractional minutes exact', () => {
    const [interval] = buildIntervals(S, S + 90_500, [], 30);
    expect(interval?.minutes).toBeCloseTo(90.5 / 60, 12);
    expect(interval?.minutes).not.toBe(Math.round(interval?.minutes ?? 0));
  });

  it('is over target by any amount above the cadence', () => {
    const [interval] = buildIntervals(S, S + 30 * MIN + 1, [], 30);
    expect(interval?.overTarget).toBe(true);
  });
});

describe('findIntervalIndex', () => {
  const intervals = buildIntervals(S, at(90), [at(30), at(60)], 30);
  const cases: Array<[string, number, number]> = [
    ['before the start', -1, -1],
    ['at the start', 0, 0],
    ['inside the first', 10, 0],
    ['on a boundary: the interval it opens', 30, 1],
    ['just before a boundary', 29.999, 0],
    ['at the end: the last interval is closed', 90, 2],
    ['after the end', 90.001, -1],
  ];
  it.each(cases)('%s', (_name, minute, expected) => {
    expect(findIntervalIndex(intervals, at(minute))).toBe(expected);
  });

  it('finds nothing without intervals', () => {
    expect(findIntervalIndex([], S)).toBe(-1);
  });
});
