import { describe, expect, it } from 'vitest';
import { boardFileToBoard } from '../doc/boardFileToBoard';
import { exampleBoardFile } from '../examples/exampleBoardFile';
import { analysisJsonSchema } from './analysisJsonSchema';
import { analysisToJson } from './analysisToJson';
import { analyzeBoard } from './analyzeBoard';
import { makeTestBoard, t } from './makeTestBoard';

const NOW = t('2026-03-04T18:00:00Z');

const board = makeTestBoard({
  start: '2026-03-04T10:00:00+02:00',
  end: '2026-03-04T05:00:00-05:00',
  comms: [
    ['status', '2026-03-04T03:20:00-05:00'],
    ['email', '2026-03-04T08:20:30Z'],
    ['status', '2026-03-04T07:00:00Z'],
  ],
  stickies: [
    { category: 'no-owner', rootCause: 'Nobody owned comms', at: '2026-03-04T10:00:00+01:00' },
    { rootCause: 'Unknown' },
  ],
  actions: [{ owner: '' }],
});

describe('analysisToJson', () => {
  const json = analysisToJson(analyzeBoard(board, { now: NOW }));

  it('has the keys of the analysis endpoint', () => {
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['intervals', 'gaps', 'stats', 'rootCauseGroups', 'actionPlan', 'warnings', 'ongoing']),
    );
  });

  it('validates against analysisJsonSchema', () => {
    const parsed = analysisJsonSchema.safeParse(json);
    expect(parsed.success).toBe(true);
    // Round-trips through real JSON too.
    expect(analysisJsonSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
  });

  it('writes every time as ISO 8601 UTC, whatever offsets the board used', () => {
    expect(json.window).toEqual({ from: '2026-03-04T08:00:00.000Z', to: '2026-03-04T10:00:00.000Z' });
    expect(json.intervals.map((i) => [i.from, i.to, i.minutes])).toEqual([
      ['2026-03-04T08:00:00.000Z', '2026-03-04T08:20:00.000Z', 20],
      ['2026-03-04T08:20:00.000Z', '2026-03-04T10:00:00.000Z', 100],
    ]);
    expect(json.gaps).toEqual([
      {
        from: '2026-03-04T08:20:00.000Z',
        to: '2026-03-04T10:00:00.000Z',
        minutes: 100,
        overTarget: true,
        kind: 'to-resolution',
        rank: 1,
      },
    ]);
    expect(json.moments).toEqual([
      { at: '2026-03-04T08:20:00.000Z', commIds: ['m1', 'm2'], channelIds: ['status', 'email'] },
    ]);
    expect(json.stats.channels).toEqual([
      { channelId: 'status', name: 'Channel status', count: 1, firstAt: '2026-03-04T08:20:00.000Z', lastAt: '2026-03-04T08:20:00.000Z' },
      { channelId: 'email', name: 'Channel email', count: 1, firstAt: '2026-03-04T08:20:30.000Z', lastAt: '2026-03-04T08:20:30.000Z' },
    ]);
    const issues = json.rootCauseGroups.flatMap((g) => g.causes.flatMap((c) => c.issues));
    expect(issues.map((s) => s.at)).toEqual(['2026-03-04T09:00:00.000Z', undefined]);
    expect(json.rootCauseGroups[0]?.causes[0]?.gapRanks).toEqual([1]);
  });

  it('keeps warnings, action plan and ongoing', () => {
    expect(json.warnings.map((w) => w.code)).toEqual(['comm-before-start', 'action-without-owner']);
    expect(json.actionPlan.warnings.map((w) => w.code)).toEqual(['action-without-owner']);
    expect(json.actionPlan.actions).toEqual([{ id: 'a1', text: 'Action 1', owner: '', due: '2026-12-01' }]);
    expect(json.ongoing).toBe(false);
  });

  it('writes null window and null stats for a board without a start', () => {
    const noStart = analysisToJson(analyzeBoard(makeTestBoard({}), { now: NOW }));
    expect(analysisJsonSchema.safeParse(noStart).success).toBe(true);
    expect(noStart.window).toBeNull();
    expect(noStart.ongoing).toBe(true);
    expect(noStart.stats.longestSilenceMinutes).toBeNull();
  });
});

describe('the built-in example board', () => {
  it('analyses without warnings about its comms and gives valid JSON', () => {
    const analysis = analyzeBoard(boardFileToBoard(exampleBoardFile), { now: NOW });
    expect(analysis.intervals.length).toBeGreaterThan(0);
    expect(analysis.warnings.filter((w) => w.code.startsWith('comm-'))).toEqual([]);
    expect(analysisJsonSchema.safeParse(analysisToJson(analysis)).success).toBe(true);
  });
});

describe('analysisJsonSchema', () => {
  const valid = analysisToJson(analyzeBoard(board, { now: NOW }));
  const cases: Array<[string, (j: typeof valid) => unknown]> = [
    ['epoch ms instead of ISO time', (j) => ({ ...j, window: { from: 0, to: 1 } })],
    ['a time with an offset instead of UTC', (j) => ({ ...j, window: { from: '2026-03-04T10:00:00+02:00', to: j.window?.to } })],
    ['an unknown interval kind', (j) => ({ ...j, intervals: [{ ...j.intervals[0], kind: 'silence' }] })],
    ['a missing key', (j) => ({ ...j, stats: undefined })],
    ['an unknown warning code', (j) => ({ ...j, warnings: [{ code: 'oops', message: 'x' }] })],
    ['a share above 1', (j) => ({ ...j, stats: { ...j.stats, withinCadenceShare: 1.5 } })],
  ];
  it.each(cases)('rejects %s', (_name, mutate) => {
    expect(analysisJsonSchema.safeParse(mutate(valid)).success).toBe(false);
  });
});
