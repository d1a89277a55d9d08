import type { Sticky } from '../model/entities';
import type { Analysis, Interval } from './analysisTypes';
import type { AnalysisJson, IntervalJson } from './analysisJsonSchema';
import { formatIsoUtc } from './formatIsoUtc';

/**
 * The analysis as the JSON of `GET /api/boards/:id/analysis`: the same structure, with every
 * time (interval ends, moments, channel first/last use, sticky `at`, window) as an ISO 8601
 * UTC string. Durations stay numbers of minutes. The result satisfies `analysisJsonSchema`.
 */
export function analysisToJson(analysis: Analysis): AnalysisJson {
  return {
    intervals: analysis.intervals.map(intervalToJson),
    gaps: analysis.gaps.map((gap) => ({ ...intervalToJson(gap), rank: gap.rank })),
    moments: analysis.moments.map((m) => ({ at: iso(m.at), commIds: [...m.commIds], channelIds: [...m.channelIds] })),
    stats: {
      ...analysis.stats,
      channels: analysis.stats.channels.map((c) => ({
        ...c,
        firstAt: c.firstAt === null ? null : iso(c.firstAt),
        lastAt: c.lastAt === null ? null : iso(c.lastAt),
      })),
    },
    rootCauseGroups: analysis.rootCauseGroups.map((group) => ({
      category: group.category,
      recommendation: group.recommendation,
      causes: group.causes.map((cause) => ({
        rootCause: cause.rootCause,
        issues: cause.issues.map(stickyToJson),
        gapRanks: [...cause.gapRanks],
      })),
    })),
    actionPlan: {
      actions: analysis.actionPlan.actions.map((a) => ({ id: a.id, text: a.text, owner: a.owner, due: a.due })),
      warnings: analysis.actionPlan.warnings.map((w) => ({ ...w })),
    },
    warnings: analysis.warnings.map((w) => ({ ...w })),
    ongoing: analysis.ongoing,
    window: analysis.window === null ? null : { from: iso(analysis.window.from), to: iso(analysis.window.to) },
  };
}

function intervalToJson(interval: Interval): IntervalJson {
  return {
    from: iso(interval.from),
    to: iso(interval.to),
    minutes: interval.minutes,
    overTarget: interval.overTarget,
    kind: interval.kind,
  };
}

function stickyToJson(sticky: Sticky): AnalysisJson['rootCauseGroups'][number]['causes'][number]['issues'][number] {
  const { at, ...rest } = sticky;
  return at === undefined ? rest : { ...rest, at: iso(at) };
}

function iso(ms: number): string {
  return formatIsoUtc(ms);
}
