import { DEFAULT_CADENCE_MINUTES } from '../model/entities';
import type { Board, InvalidEntry } from '../model/entities';
import type { Analysis, Warning } from './analysisTypes';
import { checkActionPlan } from './actionPlan';
import { classifyComms } from './classifyComms';
import { rankGaps } from './gaps';
import { buildIntervals } from './intervals';
import { groupRootCauses } from './rootCauseGroups';
import { computeStats } from './stats';
import { mergeUpdateMoments } from './updateMoments';

/** Options of {@link analyzeBoard}. */
export interface AnalyzeOptions {
  /** Epoch ms standing in for the resolution while the incident is ongoing. */
  now: number;
  /** Document entries that failed their schema (from `readBoard`); each becomes a warning. */
  invalid?: readonly InvalidEntry[];
}

/**
 * The gap analysis of a board (DESIGN.md, "The analysis"): a pure function of the board and
 * `now`, re-run by the client on every change and by the server for the analysis endpoint and
 * exports. Never throws on a board that passed the entity schemas: what it cannot analyse
 * becomes a warning.
 *
 * - Window: [startedAt, resolvedAt]; without a resolution the incident is `ongoing` and `now`
 *   stands in for it (a `now` before the start gives an empty window).
 * - Without a start there are no intervals, gaps or window, and a `no-start` warning; the
 *   update moments and channel counts still use every comm up to the end.
 * - `warnings` holds every warning: invalid entries, `no-start`, comms outside the window or on
 *   unknown channels (in time order), then the action-plan ones (also in
 *   `actionPlan.warnings`, so the plan panel can show them alone).
 */
export function analyzeBoard(board: Board, opts: AnalyzeOptions): Analysis {
  const { meta } = board;
  const warnings: Warning[] = [];
  for (const entry of opts.invalid ?? []) {
    warnings.push({
      code: 'invalid-entry',
      message: `${entry.collection} "${entry.id}" is invalid and left out: ${entry.message}`,
      id: entry.id,
    });
  }

  const start = isTime(meta.startedAt) ? meta.startedAt : null;
  const ongoing = !isTime(meta.resolvedAt);
  const rawEnd = isTime(meta.resolvedAt) ? meta.resolvedAt : opts.now;
  // The schemas forbid a resolution before the start; a `now` before the start (clock skew,
  // a start typed in the future) is possible, and gives an empty window rather than a negative one.
  const end = start !== null && rawEnd < start ? start : rawEnd;
  if (start === null) {
    warnings.push({
      code: 'no-start',
      message: 'The incident has no start time: set when it started to see the intervals and gaps.',
    });
  }

  const classified = classifyComms(board.comms, board.channels, {
    from: start ?? Number.NEGATIVE_INFINITY,
    to: end,
    ongoing,
  });
  warnings.push(...classified.warnings);

  const moments = mergeUpdateMoments(classified.inWindow);
  const cadence =
    Number.isFinite(meta.cadenceMinutes) && meta.cadenceMinutes > 0 ? meta.cadenceMinutes : DEFAULT_CADENCE_MINUTES;
  const momentTimes = moments.map((m) => m.at);
  const intervals = start === null ? [] : buildIntervals(start, end, momentTimes, cadence);
  const gaps = rankGaps(intervals);
  const stats = computeStats({ start, intervals, moments, channels: board.channels, comms: classified.inWindow });
  const rootCauseGroups = groupRootCauses(board.stickies, intervals, gaps);
  const actionPlan = checkActionPlan(board.actions);
  warnings.push(...actionPlan.warnings);

  return {
    intervals,
    gaps,
    moments,
    stats,
    rootCauseGroups,
    actionPlan,
    warnings,
    ongoing,
    window: start === null ? null : { from: start, to: end },
  };
}

function isTime(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
