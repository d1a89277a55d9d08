import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comm } from '../model/entities';
import { mergeUpdateMoments, sortCommsByTime } from './updateMoments';

const T0 = Date.parse('2026-03-04T10:00:00Z');

/** [id, channelId, seconds after T0] */
function comms(...rows: Array<[string, string, number]>): Comm[] {
  return rows.map(([id, channelId, s]) => ({ id, channelId, at: T0 + s * 1000, sender: '', summary: '' }));
}

describe('mergeUpdateMoments', () => {
  const cases: Array<{
    name: string;
    input: Comm[];
    expected: Array<{ atSeconds: number; commIds: string[]; channelIds: string[] }>;
  }> = [
    { name: 'no comms', input: [], expected: [] },
    {
      name: 'one comm',
      input: comms(['a', 'status', 0]),
      expected: [{ atSeconds: 0, commIds: ['a'], channelIds: ['status'] }],
    },
    {
      name: 'several channels within a minute are one moment at the first comm',
      input: comms(['a', 'status', 0], ['b', 'email', 20], ['c', 'twitter', 45]),
      expected: [{ atSeconds: 0, commIds: ['a', 'b', 'c'], channelIds: ['status', 'email', 'twitter'] }],
    },
    {
      name: 'exactly 60 s apart are separate moments',
      input: comms(['a', 'status', 0], ['b', 'email', 60]),
      expected: [
        { atSeconds: 0, commIds: ['a'], channelIds: ['status'] },
        { atSeconds: 60, commIds: ['b'], channelIds: ['email'] },
      ],
    },
    {
      name: '59.9 s apart are the same moment',
      input: comms(['a', 'status', 0], ['b', 'email', 59.9]),
      expected: [{ atSeconds: 0, commIds: ['a', 'b'], channelIds: ['status', 'email'] }],
    },
    {
      name: 'the window is anchored on the first comm, not chained',
      input: comms(['a', 'status', 0], ['b', 'email', 50], ['c', 'twitter', 100]),
      expected: [
        { atSeconds: 0, commIds: ['a', 'b'], channelIds: ['status', 'email'] },
        { atSeconds: 100, commIds: ['c'], channelIds: ['twitter'] },
      ],
    },
    {
      name: 'unsorted input, channels merged and sorted',
      input: comms(['late', 'email', 3600], ['early', 'status', 0], ['mid', 'status', 1800]),
      expected: [
        { atSeconds: 0, commIds: ['early'], channelIds: ['status'] },
        { atSeconds: 1800, commIds: ['mid'], channelIds: ['status'] },
        { atSeconds: 3600, commIds: ['late'], channelIds: ['email'] },
      ],
    },
    {
      name: 'a channel is listed once per moment',
      input: comms(['a', 'status', 0], ['b', 'status', 10], ['c', 'email', 20]),
      expected: [{ atSeconds: 0, commIds: ['a', 'b', 'c'], channelIds: ['status', 'email'] }],
    },
    {
      name: 'simultaneous comms are ordered by id whatever the input order',
      input: comms(['z', 'email', 0], ['a', 'status', 0]),
      expected: [{ atSeconds: 0, commIds: ['a', 'z'], channelIds: ['status', 'email'] }],
    },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    const moments = mergeUpdateMoments(input);
    expect(moments).toEqual(
      expected.map((e) => ({ at: T0 + e.atSeconds * 1000, commIds: e.commIds, channelIds: e.channelIds })),
    );
  });

  it('does not mutate its input', () => {
    const input = comms(['b', 'status', 100], ['a', 'status', 0]);
    const before = structuredClone(input);
    mergeUpdateMoments(input);
    expect(input).toEqual(before);
  });
});

describe('sortCommsByTime', () => {
  it('sorts by time then id and returns a copy', () => {
    const input = comms(['b', 'x', 5], ['c', 'x', 1], ['a', 'x', 5]);
    const sorted = sortCommsByTime(input);
    expect(sorted.map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(sorted).not.toBe(input);
  });

  it('orders like a plain comparator sort, for shuffled, duplicated, fractional or far-apart times', () => {
    const reference = (list: Comm[]): string[] =>
      list
        .slice()
        .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((c) => c.id);
    const timeArb = fc.oneof(
      fc.integer({ min: T0, max: T0 + 5_000 }),
      fc.constantFrom(T0, T0 + 1),
      fc.double({ min: T0, max: T0 + 10, noNaN: true }),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,4}$/), at: timeArb }), {
          selector: (c) => c.id,
          maxLength: 60,
        }),
        fc.boolean(),
        (rows, integralOnly) => {
          const list: Comm[] = rows.map((r) => ({
            id: r.id,
            channelId: 'x',
            at: integralOnly ? Math.round(r.at) : r.at,
            sender: '',
            summary: '',
          }));
          expect(sortCommsByTime(list).map((c) => c.id)).toEqual(reference(list));
        },
      ),
      { numRuns: 500 },
    );
  });
});
