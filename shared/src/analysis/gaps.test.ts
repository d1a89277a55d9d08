import { describe, expect, it } from 'vitest';
import { rankGaps } from './gaps';
import { buildIntervals } from './intervals';

const MIN = 60_000;
const S = Date.parse('2026-03-04T10:00:00Z');
const at = (minutes: number): number => S + minutes * MIN;

describe('rankGaps', () => {
  const cases: Array<{ name: string; end: number; moments: number[]; expected: Array<[rank: number, from: number, minutes: number]> }> = [
    { name: 'no gaps when every interval is within target', end: 60, moments: [20, 40], expected: [] },
    {
      name: 'longest first',
      end: 300,
      moments: [10, 50, 230, 270],
      expected: [
        [1, 50, 180],
        [2, 10, 40],
        [3, 230, 40],
      ],
    },
    {
      name: 'equal lengths: the earlier one ranks first',
      end: 180,
      moments: [60, 120],
      expected: [
        [1, 0, 60],
        [2, 60, 60],
        [3, 120, 60],
      ],
    },
    { name: 'exactly at the target is not a gap', end: 90, moments: [30, 60], expected: [] },
    { name: 'no updates at all is one gap', end: 45, moments: [], expected: [[1, 0, 45]] },
  ];

  it.each(cases)('$name', ({ end, moments, expected }) => {
    const gaps = rankGaps(buildIntervals(S, at(end), moments.map(at), 30));
    expect(gaps.map((g) => [g.rank, (g.from - S) / MIN, g.minutes])).toEqual(expected);
    for (const gap of gaps) {
      expect(gap.overTarget).toBe(true);
      expect(gap.to - gap.from).toBe(gap.minutes * MIN);
    }
  });

  it('copies the interval fields and does not mutate the intervals', () => {
    const intervals = buildIntervals(S, at(100), [at(10)], 30);
    const before = structuredClone(intervals);
    const [gap] = rankGaps(intervals);
    expect(intervals).toEqual(before);
    expect(gap).toEqual({ ...intervals[1], rank: 1 });
  });
});
