import { describe, expect, it } from 'vitest';
import type { Analysis, Board } from '@gapboard/shared';
import { actionPlanMarkdown } from './actionPlanMarkdown';

const T0 = Date.parse('2026-03-04T10:00:00Z');
const min = 60_000;
const fmtTime = (ms: number): string => new Date(ms).toISOString().slice(11, 16);
const fmtMin = (m: number): string => `${Math.round(m)}m`;

function board(partial: Partial<Board> = {}): Board {
  return {
    meta: { title: 'Login | outage', startedAt: T0, resolvedAt: T0 + 300 * min, cadenceMinutes: 30, customerImpact: '' },
    channels: [],
    comms: [],
    stickies: [],
    actions: [],
    annotations: [],
    ...partial,
  };
}

function analysis(partial: Partial<Analysis> = {}): Analysis {
  return {
    intervals: [],
    gaps: [],
    moments: [],
    stats: {
      timeToFirstUpdateMinutes: 20,
      longestSilenceMinutes: 250,
      updateCount: 3,
      medianIntervalMinutes: 30,
      withinCadenceShare: 0.2,
      channels: [],
    },
    rootCauseGroups: [],
    actionPlan: { actions: [], warnings: [] },
    warnings: [],
    ongoing: false,
    window: { from: T0, to: T0 + 300 * min },
    ...partial,
  };
}

describe('actionPlanMarkdown', () => {
  it('writes the incident, its figures and "No actions yet" for an empty plan', () => {
    const md = actionPlanMarkdown(board(), analysis(), fmtTime, fmtMin, 'Europe/Berlin');
    expect(md).toContain('# Action plan: Login \\| outage\n');
    expect(md).toContain('- Incident: 10:00 → 15:00 (times in Europe/Berlin)\n');
    expect(md).toContain('- Time to first update: 20m');
    expect(md).toContain('- Longest silence: 250m');
    expect(md).toContain('- Customer updates: 3 (target: one every 30 min)');
    expect(md).toContain('No actions yet.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it("dates the incident's start and resolution with the date-time formatter (with the year)", () => {
    const fmtDateTime = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
    const md = actionPlanMarkdown(board(), analysis(), fmtTime, fmtMin, 'UTC', fmtDateTime);
    expect(md).toContain('- Incident: 2026-03-04 10:00 → 2026-03-04 15:00 (times in UTC)\n');
  });

  it('says ongoing for an unresolved incident and lists the three biggest gaps only', () => {
    const gap = (rank: number, from: number, minutes: number) => ({
      rank,
      from: T0 + from * min,
      to: T0 + (from + minutes) * min,
      minutes,
      overTarget: true,
      kind: 'between-updates' as const,
    });
    const md = actionPlanMarkdown(
      board({ meta: { title: '', startedAt: T0, resolvedAt: null, cadenceMinutes: 20, customerImpact: '' } }),
      analysis({ gaps: [gap(1, 40, 250), gap(2, 0, 40), gap(3, 300, 35), gap(4, 350, 31)], ongoing: true }),
      fmtTime,
      fmtMin,
    );
    expect(md).toContain('# Action plan: Untitled incident');
    expect(md).toContain('10:00 → ongoing\n');
    expect(md).toContain('- Biggest gaps: 250m from 10:40; 40m from 10:00; 35m from 15:00\n');
    expect(md).not.toContain('31m');
  });

  it('tabulates actions with escaped cells, dashes for missing owner or date, and the warnings', () => {
    const actions = [
      { id: 'a1', text: 'Write a holding-update template', owner: 'Ana', due: '2026-12-01' },
      { id: 'a2', text: 'Define comms roles\nfor incidents', owner: '', due: '' },
    ];
    const md = actionPlanMarkdown(
      board({ actions }),
      analysis({
        actionPlan: {
          actions,
          warnings: [{ code: 'action-without-owner', message: 'Action "Define comms roles" has no owner', id: 'a2' }],
        },
      }),
      fmtTime,
      fmtMin,
    );
    expect(md).toContain('| 1 | Write a holding-update template | Ana | 2026-12-01 |');
    expect(md).toContain('| 2 | Define comms roles for incidents | — | — |');
    expect(md).toContain('## Warnings\n\n- Action "Define comms roles" has no owner');
  });

  it('lists root causes by category with the recommendation and their issues', () => {
    const issue = { id: 's1', kind: 'issue' as const, text: 'No update for 4 hours', x: 0, y: 0 };
    const md = actionPlanMarkdown(
      board(),
      analysis({
        rootCauseGroups: [
          {
            category: 'no-information',
            recommendation: 'Send a holding update anyway',
            causes: [{ rootCause: 'Dev team gave no update', issues: [issue], gapRanks: [1] }],
          },
        ],
      }),
      fmtTime,
      fmtMin,
    );
    expect(md).toContain('### Nothing known yet, so nothing to say\n\nRecommendation: Send a holding update anyway\n\n- Dev team gave no update — issues: No update for 4 hours');
  });
});
