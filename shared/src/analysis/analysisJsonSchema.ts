import { z } from 'zod';
import { rootCauseCategorySchema, stickyKindSchema } from '../model/entities';

/**
 * The JSON of `GET /api/boards/:id/analysis` (what `analysisToJson` produces): the `Analysis`
 * structure with every time as an ISO 8601 UTC string. Server responses and tests validate
 * against it, and a client of the API can parse with it.
 */

/** `Date#toISOString` output: UTC, milliseconds, `Z`; six-digit signed years far from now. */
export const isoUtcTimeSchema = z
  .string()
  .regex(/^(\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected an ISO 8601 UTC time, e.g. 2026-03-04T10:00:00.000Z');

export const intervalKindSchema = z.enum(['first-update', 'between-updates', 'to-resolution', 'no-updates']);

export const intervalJsonSchema = z.object({
  from: isoUtcTimeSchema,
  to: isoUtcTimeSchema,
  minutes: z.number().nonnegative(),
  overTarget: z.boolean(),
  kind: intervalKindSchema,
});

export const gapJsonSchema = intervalJsonSchema.extend({ rank: z.number().int().positive() });

export const updateMomentJsonSchema = z.object({
  at: isoUtcTimeSchema,
  commIds: z.array(z.string()),
  channelIds: z.array(z.string()),
});

export const channelStatsJsonSchema = z.object({
  channelId: z.string(),
  name: z.string(),
  count: z.number().int().nonnegative(),
  firstAt: isoUtcTimeSchema.nullable(),
  lastAt: isoUtcTimeSchema.nullable(),
});

export const statsJsonSchema = z.object({
  timeToFirstUpdateMinutes: z.number().nonnegative().nullable(),
  longestSilenceMinutes: z.number().nonnegative().nullable(),
  updateCount: z.number().int().nonnegative(),
  medianIntervalMinutes: z.number().nonnegative().nullable(),
  withinCadenceShare: z.number().min(0).max(1).nullable(),
  channels: z.array(channelStatsJsonSchema),
});

export const stickyJsonSchema = z.object({
  id: z.string(),
  kind: stickyKindSchema,
  text: z.string(),
  x: z.number(),
  y: z.number(),
  rootCause: z.string().optional(),
  category: rootCauseCategorySchema.optional(),
  at: isoUtcTimeSchema.optional(),
});

export const rootCauseGroupJsonSchema = z.object({
  category: rootCauseCategorySchema,
  recommendation: z.string(),
  causes: z.array(
    z.object({
      rootCause: z.string(),
      issues: z.array(stickyJsonSchema),
      gapRanks: z.array(z.number().int().positive()),
    }),
  ),
});

export const warningCodeSchema = z.enum([
  'comm-before-start',
  'comm-after-resolution',
  'comm-unknown-channel',
  'no-start',
  'too-many-actions',
  'action-without-owner',
  'action-without-due',
  'invalid-entry',
]);

export const warningJsonSchema = z.object({
  code: warningCodeSchema,
  message: z.string(),
  id: z.string().optional(),
});

export const actionJsonSchema = z.object({
  id: z.string(),
  text: z.string(),
  owner: z.string(),
  due: z.string(),
});

export const analysisJsonSchema = z.object({
  intervals: z.array(intervalJsonSchema),
  gaps: z.array(gapJsonSchema),
  moments: z.array(updateMomentJsonSchema),
  stats: statsJsonSchema,
  rootCauseGroups: z.array(rootCauseGroupJsonSchema),
  actionPlan: z.object({ actions: z.array(actionJsonSchema), warnings: z.array(warningJsonSchema) }),
  warnings: z.array(warningJsonSchema),
  ongoing: z.boolean(),
  window: z.object({ from: isoUtcTimeSchema, to: isoUtcTimeSchema }).nullable(),
});

/** The analysis as JSON (ISO times); see {@link analysisJsonSchema}. */
export type AnalysisJson = z.infer<typeof analysisJsonSchema>;
export type IntervalJson = z.infer<typeof intervalJsonSchema>;
export type GapJson = z.infer<typeof gapJsonSchema>;
