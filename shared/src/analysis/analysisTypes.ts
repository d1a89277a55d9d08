import type { Action, RootCauseCategory, Sticky } from '../model/entities';

/**
 * What the analysis returns (times as epoch ms). `analysisToJson` turns it into the JSON of
 * `GET /api/boards/:id/analysis`, with ISO 8601 times.
 */

export type IntervalKind = 'first-update' | 'between-updates' | 'to-resolution' | 'no-updates';

export interface Interval {
  from: number;
  to: number;
  /** Exact, fractional. */
  minutes: number;
  /** Strictly longer than the cadence target. */
  overTarget: boolean;
  kind: IntervalKind;
}

export interface Gap extends Interval {
  /** 1 = longest. The top three are the ones to circle. */
  rank: number;
}

/** Comms sent within 60 s of a moment's first comm: the same news on several channels. */
export interface UpdateMoment {
  at: number;
  commIds: string[];
  channelIds: string[];
}

export interface ChannelStats {
  channelId: string;
  name: string;
  count: number;
  firstAt: number | null;
  lastAt: number | null;
}

export interface Stats {
  timeToFirstUpdateMinutes: number | null;
  longestSilenceMinutes: number | null;
  updateCount: number;
  medianIntervalMinutes: number | null;
  /** Share (0..1) of the incident's duration covered by intervals within target. */
  withinCadenceShare: number | null;
  channels: ChannelStats[];
}

export interface RootCauseGroup {
  category: RootCauseCategory;
  /** The play's recommendation for the category. */
  recommendation: string;
  /** Sub-groups by root-cause text (case and spacing ignored). */
  causes: Array<{
    /** The root-cause text as first written (trimmed). */
    rootCause: string;
    issues: Sticky[];
    /** Gaps (by rank) the issues sit on. */
    gapRanks: number[];
  }>;
}

export type WarningCode =
  | 'comm-before-start'
  | 'comm-after-resolution'
  | 'comm-unknown-channel'
  | 'no-start'
  | 'too-many-actions'
  | 'action-without-owner'
  | 'action-without-due'
  | 'invalid-entry';

export interface Warning {
  code: WarningCode;
  message: string;
  /** The entity concerned, when there is one. */
  id?: string;
}

export interface ActionPlan {
  actions: Action[];
  warnings: Warning[];
}

export interface Analysis {
  intervals: Interval[];
  gaps: Gap[];
  moments: UpdateMoment[];
  stats: Stats;
  rootCauseGroups: RootCauseGroup[];
  actionPlan: ActionPlan;
  warnings: Warning[];
  /** True when the incident has no resolution yet; `now` stood in for it. */
  ongoing: boolean;
  /** The window analysed: [start, resolution or now]; null without a start. */
  window: { from: number; to: number } | null;
}
