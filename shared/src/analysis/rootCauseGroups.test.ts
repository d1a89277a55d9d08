import { describe, expect, it } from 'vitest';
import type { Sticky } from '../model/entities';
import { rankGaps } from './gaps';
import { buildIntervals } from './intervals';
import { ROOT_CAUSE_RECOMMENDATIONS } from './recommendations';
import { groupRootCauses, normalizeRootCause } from './rootCauseGroups';

const MIN = 60_000;
const S = Date.parse('2026-03-04T10:00:00Z');
const at = (minutes: number): number => S + minutes * MIN;

// Intervals 0–10 (ok), 10–100 (gap rank 1, 90 min), 100–140 (gap rank 2, 40 min), 140–150 (ok).
const intervals = buildIntervals(S, at(150), [at(10), at(100), at(140)], 30);
const gaps = rankGaps(intervals);

let nextId = 0;
const issue = (patch: Partial<Sticky> = {}): Sticky => ({ id: `s${++nextId}`, kind: 'issue', text: 'issue', x: 0, y: 0, ...patch });

describe('groupRootCauses', () => {
  it('groups by category, then by root cause ignoring case and spacing', () => {
    const a = issue({ category: 'no-owner', rootCause: 'Nobody owned  comms' });
    const b = issue({ category: 'no-owner', rootCause: ' nobody OWNED comms ' });
    const c = issue({ category: 'no-owner', rootCause: 'On-call did not know' });
    const d = issue({ category: 'no-information', rootCause: 'Nobody owned comms' });
    const groups = groupRootCauses([a, b, c, d], intervals, gaps);
    expect(groups.map((g) => g.category)).toEqual(['no-information', 'no-owner']);
    const owner = groups[1]!;
    expect(owner.recommendation).toBe(ROOT_CAUSE_RECOMMENDATIONS['no-owner']);
    expect(owner.causes.map((cause) => [cause.rootCause, cause.issues.map((s) => s.id)])).toEqual([
      ['Nobody owned  comms', [a.id, b.id]],
      ['On-call did not know', [c.id]],
    ]);
  });

  it('puts issues without category in `other`, keeps blank root causes, ignores non-issue stickies', () => {
    const a = issue({ rootCause: 'x' });
    const b = issue({});
    const note: Sticky = { id: 'n1', kind: 'note', text: 'n', x: 0, y: 0, category: 'no-plan', rootCause: 'x' };
    const rc: Sticky = { id: 'r1', kind: 'root-cause', text: 'r', x: 0, y: 0 };
    const groups = groupRootCauses([a, b, note, rc], intervals, gaps);
    expect(groups).toEqual([
      {
        category: 'other',
        recommendation: ROOT_CAUSE_RECOMMENDATIONS.other,
        causes: [
          { rootCause: 'x', issues: [a], gapRanks: [] },
          { rootCause: '', issues: [b], gapRanks: [] },
        ],
      },
    ]);
  });

  it('orders causes by issue count, then first written', () => {
    const groups = groupRootCauses(
      [
        issue({ category: 'no-plan', rootCause: 'one' }),
        issue({ category: 'no-plan', rootCause: 'two' }),
        issue({ category: 'no-plan', rootCause: 'Two' }),
        issue({ category: 'no-plan', rootCause: 'three' }),
      ],
      intervals,
      gaps,
    );
    expect(groups[0]?.causes.map((c) => c.rootCause)).toEqual(['two', 'one', 'three']);
  });

  const placement: Array<[string, number | undefined, number[]]> = [
    ['no time: no gap', undefined, []],
    ['inside gap 1', 50, [1]],
    ['on the boundary opening gap 2 (half-open intervals)', 100, [2]],
    ['on the boundary closing gap 1, which is the start of gap 2', 100, [2]],
    ['inside an interval within target', 5, []],
    ['at the end (last interval is closed, not a gap)', 150, []],
    ['outside the window', 200, []],
    ['before the start', -10, []],
  ];
  it.each(placement)('sticky position: %s', (_name, minute, expected) => {
    const sticky = issue({ category: 'no-information', rootCause: 'dev team silent', ...(minute === undefined ? {} : { at: at(minute) }) });
    const [group] = groupRootCauses([sticky], intervals, gaps);
    expect(group?.causes[0]?.gapRanks).toEqual(expected);
  });

  it('lists each gap once per cause, in rank order', () => {
    const groups = groupRootCauses(
      [
        issue({ category: 'no-information', rootCause: 'silent devs', at: at(120) }),
        issue({ category: 'no-information', rootCause: 'Silent devs', at: at(20) }),
        issue({ category: 'no-information', rootCause: 'silent  devs', at: at(60) }),
      ],
      intervals,
      gaps,
    );
    expect(groups[0]?.causes[0]?.gapRanks).toEqual([1, 2]);
  });

  it('with no intervals, nothing sits on a gap', () => {
    const [group] = groupRootCauses([issue({ at: at(5) })], [], []);
    expect(group?.causes[0]?.gapRanks).toEqual([]);
  });
});

describe('normalizeRootCause', () => {
  it.each([
    ['  No   Owner ', 'no owner'],
    ['no\towner\n', 'no owner'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeRootCause(input)).toBe(expected);
  });
});
