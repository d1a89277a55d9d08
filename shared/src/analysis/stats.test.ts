import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel, Comm } from '../model/entities';
import { buildIntervals } from './intervals';
import { computeStats, medianInPlace } from './stats';
import { mergeUpdateMoments } from './updateMoments';

const MIN = 60_000;
const S = Date.parse('2026-03-04T10:00:00Z');
const at = (minutes: number): number => S + minutes * MIN;
const channels: Channel[] = [
  { id: 'status', name: 'Status page' },
  { id: 'email', name: 'Email' },
];

/** Stats for a window [S, S + end min] and comms given as [channelId, minutes]. */
function statsFor(end: number, rows: Array<[string, number]>, start: number | null = S) {
  const comms: Comm[] = rows.map(([channelId, m], i) => ({ id: `m${i}`, channelId, at: at(m), sender: '', summary: '' }));
  const moments = mergeUpdateMoments(comms);
  const intervals =
    start === null ? [] : buildIntervals(start, at(end), moments.map((m) => m.at), 30);
  return computeStats({ start, intervals, moments, channels, comms });
}

describe('computeStats', () => {
  const cases: Array<{
    name: string;
    end: number;
    comms: Array<[string, number]>;
    noStart?: boolean;
    expected: {
      timeToFirstUpdateMinutes: number | null;
      longestSilenceMinutes: number | null;
      updateCount: number;
      medianIntervalMinutes: number | null;
      withinCadenceShare: number | null;
    };
  }> = [
    {
      name: 'no comms: no first update, the whole incident is the silence',
      end: 120,
      comms: [],
      expected: {
        timeToFirstUpdateMinutes: null,
        longestSilenceMinutes: 120,
        updateCount: 0,
        medianIntervalMinutes: 120,
        withinCadenceShare: 0,
      },
    },
    {
      name: 'an update at the start: first update after 0 minutes',
      end: 60,
      comms: [['status', 0], ['email', 30]],
      expected: {
        timeToFirstUpdateMinutes: 0,
        longestSilenceMinutes: 30,
        updateCount: 2,
        medianIntervalMinutes: 30,
        withinCadenceShare: 1,
      },
    },
    {
      name: 'comms on two channels in the same minute are one update',
      end: 100,
      comms: [['status', 10], ['email', 10.5], ['status', 20]],
      expected: {
        timeToFirstUpdateMinutes: 10,
        longestSilenceMinutes: 80,
        updateCount: 2,
        medianIntervalMinutes: 10,
        withinCadenceShare: 20 / 100,
      },
    },
    {
      name: 'even number of intervals: median is the mean of the middle two',
      end: 100,
      comms: [['status', 10], ['status', 30], ['status', 70]],
      expected: {
        timeToFirstUpdateMinutes: 10,
        longestSilenceMinutes: 40,
        updateCount: 3,
        medianIntervalMinutes: 25,
        withinCadenceShare: 60 / 100,
      },
    },
    {
      name: 'no start: only counts',
      end: 100,
      comms: [['status', 10]],
      noStart: true,
      expected: {
        timeToFirstUpdateMinutes: null,
        longestSilenceMinutes: null,
        updateCount: 1,
        medianIntervalMinutes: null,
        withinCadenceShare: null,
      },
    },
  ];

  it.each(cases)('$name', ({ end, comms, noStart, expected }) => {
    const { channels: _channels, ...stats } = statsFor(end, comms, noStart ? null : S);
    expect(stats).toEqual(expected);
  });

  it('counts per channel with first and last use, in board order, unknown channels left out', () => {
    const stats = statsFor(100, [
      ['email', 50],
      ['status', 10],
      ['status', 70],
      ['email', 20],
      ['status', 40],
      ['fax', 30],
    ]);
    expect(stats.channels).toEqual([
      { channelId: 'status', name: 'Status page', count: 3, firstAt: at(10), lastAt: at(70) },
      { channelId: 'email', name: 'Email', count: 2, firstAt: at(20), lastAt: at(50) },
    ]);
  });

  it('lists unused channels with zero and nulls', () => {
    expect(statsFor(100, []).channels[1]).toEqual({
      channelId: 'email',
      name: 'Email',
      count: 0,
      firstAt: null,
      lastAt: null,
    });
  });
});

describe('medianInPlace', () => {
  it('is null for no values', () => {
    expect(medianInPlace(new Float64Array(0))).toBeNull();
  });

  it.each([
    [[5], 5],
    [[3, 1], 2],
    [[3, 1, 2], 2],
    [[4, 4, 1, 9], 4],
    [[10, 1, 1, 1, 10, 10], 5.5],
  ])('median of %j is %d', (values, expected) => {
    expect(medianInPlace(Float64Array.from(values))).toBe(expected);
  });

  it('equals the middle of the sorted values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1e4, noNaN: true })), { minLength: 1, maxLength: 80 }), (values) => {
        const sorted = values.slice().sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        const expected = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
        expect(medianInPlace(Float64Array.from(values))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
