import { describe, expect, it } from 'vitest';
import type { IntervalKind, WarningCode } from './analysisTypes';
import { analyzeBoard } from './analyzeBoard';
import { makeTestBoard, t } from './makeTestBoard';
import type { TestBoardSpec } from './makeTestBoard';

const NOW = t('2026-03-04T18:00:00Z');

interface Expected {
  /** [from, to, kind, overTarget], times as ISO strings. */
  intervals: Array<[string, string, IntervalKind, boolean]>;
  /** [rank, from] */
  gaps: Array<[number, string]>;
  updateCount: number;
  timeToFirstUpdateMinutes: number | null;
  warnings: Array<[WarningCode, string | undefined]>;
  ongoing: boolean;
}

const cases: Array<{ name: string; board: TestBoardSpec; now?: number; expected: Expected }> = [
  {
    name: 'no comms',
    board: { start: '2026-03-04T10:00:00Z', end: '2026-03-04T12:00:00Z' },
    expected: {
      intervals: [['2026-03-04T10:00:00Z', '2026-03-04T12:00:00Z', 'no-updates', true]],
      gaps: [[1, '2026-03-04T10:00:00Z']],
      updateCount: 0,
      timeToFirstUpdateMinutes: null,
      warnings: [],
      ongoing: false,
    },
  },
  {
    name: 'an update at the start',
    board: {
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T11:00:00Z',
      comms: [['status', '2026-03-04T10:00:00Z'], ['status', '2026-03-04T10:25:00Z']],
    },
    expected: {
      intervals: [
        ['2026-03-04T10:00:00Z', '2026-03-04T10:25:00Z', 'between-updates', false],
        ['2026-03-04T10:25:00Z', '2026-03-04T11:00:00Z', 'to-resolution', true],
      ],
      gaps: [[1, '2026-03-04T10:25:00Z']],
      updateCount: 2,
      timeToFirstUpdateMinutes: 0,
      warnings: [],
      ongoing: false,
    },
  },
  {
    name: 'an update at the resolution',
    board: {
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T11:00:00Z',
      comms: [['status', '2026-03-04T10:20:00Z'], ['email', '2026-03-04T11:00:00Z']],
    },
    expected: {
      intervals: [
        ['2026-03-04T10:00:00Z', '2026-03-04T10:20:00Z', 'first-update', false],
        ['2026-03-04T10:20:00Z', '2026-03-04T11:00:00Z', 'to-resolution', true],
      ],
      gaps: [[1, '2026-03-04T10:20:00Z']],
      updateCount: 2,
      timeToFirstUpdateMinutes: 20,
      warnings: [],
      ongoing: false,
    },
  },
  {
    name: 'comms before the start and after the resolution are warnings, not intervals',
    board: {
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T11:00:00Z',
      comms: [
        ['status', '2026-03-04T11:00:00.001Z'],
        ['status', '2026-03-04T10:30:00Z'],
        ['email', '2026-03-04T09:59:59Z'],
      ],
    },
    expected: {
      intervals: [
        ['2026-03-04T10:00:00Z', '2026-03-04T10:30:00Z', 'first-update', false],
        ['2026-03-04T10:30:00Z', '2026-03-04T11:00:00Z', 'to-resolution', false],
      ],
      gaps: [],
      updateCount: 1,
      timeToFirstUpdateMinutes: 30,
      warnings: [
        ['comm-before-start', 'm3'],
        ['comm-after-resolution', 'm1'],
      ],
      ongoing: false,
    },
  },
  {
    name: 'several channels within a minute are one update; 60 s later is another',
    board: {
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T10:30:00Z',
      channels: ['status', 'email', 'twitter'],
      comms: [
        ['status', '2026-03-04T10:05:00Z'],
        ['email', '2026-03-04T10:05:59.900Z'],
        ['twitter', '2026-03-04T10:06:00Z'],
      ],
    },
    expected: {
      intervals: [
        ['2026-03-04T10:00:00Z', '2026-03-04T10:05:00Z', 'first-update', false],
        ['2026-03-04T10:05:00Z', '2026-03-04T10:06:00Z', 'between-updates', false],
        ['2026-03-04T10:06:00Z', '2026-03-04T10:30:00Z', 'to-resolution', false],
      ],
      gaps: [],
      updateCount: 2,
      timeToFirstUpdateMinutes: 5,
      warnings: [],
      ongoing: false,
    },
  },
  {
    name: 'an interval exactly at the target is not a gap',
    board: {
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T11:00:00Z',
      cadenceMinutes: 20,
      comms: [['status', '2026-03-04T10:20:00Z'], ['status', '2026-03-04T10:40:00Z']],
    },
    expected: {
      intervals: [
        ['2026-03-04T10:00:00Z', '2026-03-04T10:20:00Z', 'first-update', false],
        ['2026-03-04T10:20:00Z', '2026-03-04T10:40:00Z', 'between-updates', false],
        ['2026-03-04T10:40:00Z', '2026-03-04T11:00:00Z', 'to-resolution', false],
      ],
      gaps: [],
      updateCount: 2,
      timeToFirstUpdateMinutes: 20,
      warnings: [],
      ongoing: false,
    },
  },
  {
    name: 'an ongoing incident ends at now; a comm after now is a warning',
    board: {
      start: '2026-03-04T17:00:00Z',
      end: null,
      comms: [['status', '2026-03-04T17:10:00Z'], ['status', '2026-03-04T18:05:00Z']],
    },
    expected: {
      intervals: [
        ['2026-03-04T17:00:00Z', '2026-03-04T17:10:00Z', 'first-update', false],
        ['2026-03-04T17:10:00Z', '2026-03-04T18:00:00Z', 'to-resolution', true],
      ],
      gaps: [[1, '2026-03-04T17:10:00Z']],
      updateCount: 1,
      timeToFirstUpdateMinutes: 10,
      warnings: [['comm-after-resolution', 'm2']],
      ongoing: true,
    },
  },
  {
    name: 'an ongoing incident whose start is after now has an empty window',
    board: {
      start: '2026-03-04T19:00:00Z',
      comms: [['status', '2026-03-04T19:00:00Z'], ['status', '2026-03-04T19:30:00Z']],
    },
    expected: {
      intervals: [],
      gaps: [],
      updateCount: 1,
      timeToFirstUpdateMinutes: 0,
      warnings: [['comm-after-resolution', 'm2']],
      ongoing: true,
    },
  },
  {
    name: 'no start: no intervals, a warning, moments still counted',
    board: { end: '2026-03-04T12:00:00Z', comms: [['status', '2026-03-04T10:00:00Z']] },
    expected: {
      intervals: [],
      gaps: [],
      updateCount: 1,
      timeToFirstUpdateMinutes: null,
      warnings: [['no-start', undefined]],
      ongoing: false,
    },
  },
  {
    name: 'a comm on an unknown channel still counts, with a warning',
    board: {
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T10:30:00Z',
      comms: [['fax', '2026-03-04T10:10:00Z']],
    },
    expected: {
      intervals: [
        ['2026-03-04T10:00:00Z', '2026-03-04T10:10:00Z', 'first-update', false],
        ['2026-03-04T10:10:00Z', '2026-03-04T10:30:00Z', 'to-resolution', false],
      ],
      gaps: [],
      updateCount: 1,
      timeToFirstUpdateMinutes: 10,
      warnings: [['comm-unknown-channel', 'm1']],
      ongoing: false,
    },
  },
  {
    name: 'times with offsets (+02:00 start, -05:00 comm) compare as instants',
    board: {
      start: '2026-03-04T10:00:00+02:00',
      end: '2026-03-04T04:00:00-05:00',
      comms: [['status', '2026-03-04T03:20:00-05:00'], ['email', '2026-03-04T09:40:00Z']],
    },
    expected: {
      intervals: [
        ['2026-03-04T08:00:00Z', '2026-03-04T08:20:00Z', 'first-update', false],
        ['2026-03-04T08:20:00Z', '2026-03-04T09:00:00Z', 'to-resolution', true],
      ],
      gaps: [[1, '2026-03-04T08:20:00Z']],
      updateCount: 1,
      timeToFirstUpdateMinutes: 20,
      warnings: [['comm-after-resolution', 'm2']],
      ongoing: false,
    },
  },
  {
    name: 'action-plan warnings are listed too',
    board: {
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T10:20:00Z',
      comms: [['status', '2026-03-04T10:10:00Z']],
      actions: [{}, {}, { owner: '' }, { due: '' }],
    },
    expected: {
      intervals: [
        ['2026-03-04T10:00:00Z', '2026-03-04T10:10:00Z', 'first-update', false],
        ['2026-03-04T10:10:00Z', '2026-03-04T10:20:00Z', 'to-resolution', false],
      ],
      gaps: [],
      updateCount: 1,
      timeToFirstUpdateMinutes: 10,
      warnings: [
        ['too-many-actions', undefined],
        ['action-without-owner', 'a3'],
        ['action-without-due', 'a4'],
      ],
      ongoing: false,
    },
  },
];

describe('analyzeBoard', () => {
  it.each(cases)('$name', ({ board, now, expected }) => {
    const analysis = analyzeBoard(makeTestBoard(board), { now: now ?? NOW });
    expect(analysis.intervals.map((i) => [i.from, i.to, i.kind, i.overTarget])).toEqual(
      expected.intervals.map(([from, to, kind, over]) => [t(from), t(to), kind, over]),
    );
    expect(analysis.gaps.map((g) => [g.rank, g.from])).toEqual(expected.gaps.map(([rank, from]) => [rank, t(from)]));
    expect(analysis.stats.updateCount).toBe(expected.updateCount);
    expect(analysis.moments).toHaveLength(expected.updateCount);
    expect(analysis.stats.timeToFirstUpdateMinutes).toBe(expected.timeToFirstUpdateMinutes);
    expect(analysis.warnings.map((w) => [w.code, w.id])).toEqual(expected.warnings);
    expect(analysis.ongoing).toBe(expected.ongoing);
  });

  it("finds the play's example: over four hours without an update mid-incident is gap rank 1", () => {
    const board = makeTestBoard({
      start: '2026-03-04T09:00:00Z',
      end: '2026-03-04T15:30:00Z',
      channels: ['status', 'twitter', 'support'],
      comms: [
        ['status', '2026-03-04T09:15:00Z'],
        ['twitter', '2026-03-04T09:15:30Z'],
        ['status', '2026-03-04T09:45:00Z'],
        ['support', '2026-03-04T10:20:00Z'],
        // …then nothing until 14:35: 4 h 15 min of silence.
        ['status', '2026-03-04T14:35:00Z'],
        ['status', '2026-03-04T15:00:00Z'],
        ['twitter', '2026-03-04T15:30:00Z'],
      ],
      stickies: [
        {
          text: 'No customer update for over 4 hours mid-incident',
          category: 'no-information',
          rootCause: 'No update from the dev team, so nothing to say',
          at: '2026-03-04T12:00:00Z',
        },
        { text: 'Twitter only at the start and end', category: 'no-owner', rootCause: 'Nobody owned social media' },
        {
          text: 'Support heard before the status page did',
          category: 'no-information',
          rootCause: 'no update from the dev team,  so nothing to say',
          at: '2026-03-04T10:30:00Z',
        },
      ],
    });
    const analysis = analyzeBoard(board, { now: NOW });
    const [first] = analysis.gaps;
    expect(first).toMatchObject({
      rank: 1,
      from: t('2026-03-04T10:20:00Z'),
      to: t('2026-03-04T14:35:00Z'),
      minutes: 255,
      kind: 'between-updates',
    });
    expect(first!.minutes).toBeGreaterThan(4 * 60);
    expect(analysis.gaps).toHaveLength(2); // 09:45 → 10:20 (35 min) is the other one.
    expect(analysis.stats.longestSilenceMinutes).toBe(255);
    expect(analysis.stats.updateCount).toBe(6);
    expect(analysis.stats.timeToFirstUpdateMinutes).toBe(15);
    expect(analysis.intervals.at(-1)?.kind).toBe('to-resolution');
    const [info, owner] = analysis.rootCauseGroups;
    expect(info?.category).toBe('no-information');
    expect(info?.causes).toHaveLength(1);
    expect(info?.causes[0]?.issues.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(info?.causes[0]?.gapRanks).toEqual([1]);
    expect(info?.recommendation).toMatch(/holding update|vague update/i);
    expect(owner?.category).toBe('no-owner');
    expect(owner?.causes[0]?.gapRanks).toEqual([]);
  });

  it('turns invalid entries into warnings, first', () => {
    const analysis = analyzeBoard(makeTestBoard({ start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z' }), {
      now: NOW,
      invalid: [
        { collection: 'comms', id: 'bad1', message: 'at: expected a time in epoch milliseconds (number)' },
        { collection: 'stickies', id: 'bad2', message: 'kind: invalid option' },
      ],
    });
    expect(analysis.warnings.map((w) => [w.code, w.id])).toEqual([
      ['invalid-entry', 'bad1'],
      ['invalid-entry', 'bad2'],
    ]);
    expect(analysis.warnings[0]?.message).toContain('at: expected a time');
  });

  it('never throws on a comm with a non-finite time (validation skipped upstream)', () => {
    const board = makeTestBoard({ start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z' });
    board.comms.push({ id: 'nan', channelId: 'status', at: Number.NaN, sender: '', summary: '' });
    const analysis = analyzeBoard(board, { now: NOW });
    expect(analysis.warnings.map((w) => [w.code, w.id])).toEqual([['invalid-entry', 'nan']]);
    expect(analysis.intervals).toHaveLength(1);
  });

  it('reports the window, and falls back to the default cadence on a bad value', () => {
    const board = makeTestBoard({ start: '2026-03-04T10:00:00Z', end: '2026-03-04T10:31:00Z' });
    board.meta.cadenceMinutes = Number.NaN;
    const analysis = analyzeBoard(board, { now: NOW });
    expect(analysis.window).toEqual({ from: t('2026-03-04T10:00:00Z'), to: t('2026-03-04T10:31:00Z') });
    expect(analysis.gaps).toHaveLength(1);
  });

  it('does not mutate the board', () => {
    const board = makeTestBoard({
      start: '2026-03-04T10:00:00Z',
      end: '2026-03-04T12:00:00Z',
      comms: [['email', '2026-03-04T11:00:00Z'], ['status', '2026-03-04T10:10:00Z']],
      stickies: [{ category: 'no-plan', rootCause: 'x', at: '2026-03-04T10:30:00Z' }],
    });
    const before = structuredClone(board);
    analyzeBoard(board, { now: NOW });
    expect(board).toEqual(before);
  });
});
