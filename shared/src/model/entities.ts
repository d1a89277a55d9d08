import { z } from 'zod';

/**
 * The board's entities as they live in the Yjs document and in memory: times are epoch
 * milliseconds. The board file (`boardFile.ts`) carries the same fields with ISO 8601 times.
 */

/** Epoch milliseconds; finite and within the range a `Date` can represent. */
export const epochMsSchema = z
  .number({ error: 'expected a time in epoch milliseconds (number)' })
  .finite()
  .min(-8.64e15)
  .max(8.64e15);

export const entityIdSchema = z
  .string({ error: 'expected an id (string)' })
  .min(1, 'an id cannot be empty')
  .max(64, 'an id is at most 64 characters')
  .regex(/^[A-Za-z0-9_:.-]+$/, 'an id may hold only letters, digits and _ : . -');

export const channelSchema = z.object({
  id: entityIdSchema,
  name: z.string().trim().min(1, 'a channel needs a name').max(80),
  /** Optional display colour (CSS hex); the client picks one per lane otherwise. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f77b4').optional(),
});
export type Channel = z.infer<typeof channelSchema>;

export const commSchema = z.object({
  id: entityIdSchema,
  channelId: entityIdSchema,
  at: epochMsSchema,
  sender: z.string().max(120).default(''),
  summary: z.string().max(2000).default(''),
});
export type Comm = z.infer<typeof commSchema>;

export const stickyKinds = ['issue', 'root-cause', 'note', 'action'] as const;
export const stickyKindSchema = z.enum(stickyKinds);
export type StickyKind = z.infer<typeof stickyKindSchema>;

/** Root-cause categories of the play, step 5's table, plus `other`. */
export const rootCauseCategories = [
  'no-information',
  'no-owner',
  'unsure-what-to-say',
  'no-plan',
  'no-chain-of-command',
  'other',
] as const;
export const rootCauseCategorySchema = z.enum(rootCauseCategories);
export type RootCauseCategory = z.infer<typeof rootCauseCategorySchema>;

export const stickySchema = z.object({
  id: entityIdSchema,
  kind: stickyKindSchema,
  text: z.string().max(2000).default(''),
  /** Canvas (world) coordinates. */
  x: z.number().finite(),
  y: z.number().finite(),
  rootCause: z.string().max(2000).optional(),
  category: rootCauseCategorySchema.optional(),
  /**
   * The moment on the timeline the sticky points at (set when it is attached to a gap).
   * The analysis links the sticky to the interval containing this time.
   */
  at: epochMsSchema.optional(),
});
export type Sticky = z.infer<typeof stickySchema>;

/** A calendar date `YYYY-MM-DD` (an action's due date). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  // Date.parse rolls 2026-02-31 over to March, so compare the round trip instead.
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
  }, 'expected a real calendar date');

export const actionSchema = z.object({
  id: entityIdSchema,
  text: z.string().max(2000).default(''),
  owner: z.string().max(120).default(''),
  /** Empty string means "no due date yet" (the analysis warns about it). */
  due: z.union([calendarDateSchema, z.literal('')]).default(''),
});
export type Action = z.infer<typeof actionSchema>;

/**
 * A freehand stroke the facilitator drew (typically a circle around a gap). Points are
 * canvas (world) coordinates as a flat list `[x0, y0, x1, y1, …]`.
 */
export const annotationSchema = z.object({
  id: entityIdSchema,
  kind: z.literal('ink').default('ink'),
  points: z
    .array(z.number().finite())
    .max(20_000, 'a stroke has at most 10,000 points')
    .refine((p) => p.length % 2 === 0, 'expected x,y pairs (an even number of values)'),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#d62728'),
  width: z.number().positive().max(50).default(4),
  author: z.string().max(120).default(''),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const phaseWindowSchema = z
  .object({ from: epochMsSchema, to: epochMsSchema })
  .refine((w) => w.to >= w.from, { message: 'a phase must end after it starts', path: ['to'] });
export type PhaseWindow = z.infer<typeof phaseWindowSchema>;

/** Cadence target in minutes (the play: an update every 20–30 minutes). */
export const DEFAULT_CADENCE_MINUTES = 30;

/** Screenshot of what customers saw, as a data URL; kept small because it lives in the doc. */
export const MAX_IMAGE_DATA_URL_CHARS = 400_000;

/** The screenshot of what customers saw: a small image data URL (it lives in the document). */
export const imageDataUrlSchema = z
  .string()
  .max(MAX_IMAGE_DATA_URL_CHARS, 'the screenshot is too large (at most ~300 KB)')
  .regex(/^data:image\/(png|jpeg|webp|gif);base64,/, 'expected an image data URL');

export const metaSchema = z
  .object({
    title: z.string().max(200).default(''),
    startedAt: epochMsSchema.optional(),
    /** Absent or null: the incident is still ongoing. */
    resolvedAt: epochMsSchema.nullable().optional(),
    cadenceMinutes: z.number().positive().max(24 * 60).default(DEFAULT_CADENCE_MINUTES),
    customerImpact: z.string().max(4000).default(''),
    customerImpactImage: imageDataUrlSchema.optional(),
    /** IANA time zone the axis is labelled in (e.g. Europe/Berlin); UTC when absent. */
    timeZone: z.string().max(64).optional(),
    investigation: phaseWindowSchema.optional(),
    escalation: phaseWindowSchema.optional(),
  })
  .refine((m) => m.resolvedAt == null || m.startedAt == null || m.resolvedAt >= m.startedAt, {
    message: 'the resolution cannot come before the start',
    path: ['resolvedAt'],
  });
export type Meta = z.infer<typeof metaSchema>;

/** A whole board in memory (epoch ms), as the analysis and the canvas see it. */
export interface Board {
  meta: Meta;
  channels: Channel[];
  comms: Comm[];
  stickies: Sticky[];
  actions: Action[];
  annotations: Annotation[];
}

/** The entity collections, as named in the Yjs document (one top-level Y.Map each). */
export const collectionNames = ['channels', 'comms', 'stickies', 'actions', 'annotations'] as const;
export type CollectionName = (typeof collectionNames)[number];

export const collectionSchemas = {
  channels: channelSchema,
  comms: commSchema,
  stickies: stickySchema,
  actions: actionSchema,
  annotations: annotationSchema,
} as const;

/** A document entry that failed its schema: shown as invalid, never dropped silently. */
export interface InvalidEntry {
  collection: CollectionName | 'meta';
  id: string;
  /** Human-readable: field path and what was expected. */
  message: string;
}
