import { z } from 'zod';
import {
  collectionSchemas,
  metaSchema,
  type Action,
  type Annotation,
  type Channel,
  type CollectionName,
  type Comm,
  type Sticky,
} from '../model/entities';

/**
 * The range of times a board file can carry: `isoTimeSchema` accepts four-digit years only,
 * while `epochMsSchema` allows any `Date`. The document layer keeps times inside the file range
 * so that every valid document exports to a valid, re-importable board file.
 */
export const MIN_FILE_TIME_MS = Date.parse('0000-01-01T00:00:00.000Z');
export const MAX_FILE_TIME_MS = Date.parse('9999-12-31T23:59:59.999Z');
const TIME_RANGE_MESSAGE = 'expected a time between the years 0000 and 9999';

export function isFileTime(ms: number): boolean {
  return ms >= MIN_FILE_TIME_MS && ms <= MAX_FILE_TIME_MS;
}

/** The entity type held by each collection. */
export interface EntityByCollection {
  channels: Channel;
  comms: Comm;
  stickies: Sticky;
  actions: Action;
  annotations: Annotation;
}

/** What a caller may pass for each collection (schema defaults not yet applied). */
export type EntityInput<C extends CollectionName> = z.input<(typeof collectionSchemas)[C]>;

function optionalAtInRange(entity: { at?: number | undefined }, ctx: z.RefinementCtx): void {
  if (entity.at !== undefined && !isFileTime(entity.at)) {
    ctx.addIssue({ code: 'custom', path: ['at'], message: TIME_RANGE_MESSAGE });
  }
}

/** The entity schemas of `collectionSchemas`, plus the exportable time range. */
export const docCollectionSchemas = {
  channels: collectionSchemas.channels,
  comms: collectionSchemas.comms.superRefine(optionalAtInRange),
  stickies: collectionSchemas.stickies.superRefine(optionalAtInRange),
  actions: collectionSchemas.actions,
  annotations: collectionSchemas.annotations,
} as const;

/** Parses one entity of `collection`; typed by collection. */
export function safeParseEntity<C extends CollectionName>(
  collection: C,
  value: unknown,
): { success: true; data: EntityByCollection[C] } | { success: false; error: z.ZodError } {
  const schema = docCollectionSchemas[collection] as unknown as z.ZodType<EntityByCollection[C]>;
  const result = schema.safeParse(value);
  return result.success ? { success: true, data: result.data } : { success: false, error: result.error };
}

/** Meta fields that hold a time or a phase window of times. */
const META_TIME_FIELDS = ['startedAt', 'resolvedAt'] as const;
const META_WINDOW_FIELDS = ['investigation', 'escalation'] as const;

/** `metaSchema` plus the exportable time range. */
export const docMetaSchema = metaSchema.superRefine((meta, ctx) => {
  for (const key of META_TIME_FIELDS) {
    const v = meta[key];
    if (typeof v === 'number' && !isFileTime(v)) {
      ctx.addIssue({ code: 'custom', path: [key], message: TIME_RANGE_MESSAGE });
    }
  }
  for (const key of META_WINDOW_FIELDS) {
    const w = meta[key];
    if (w && !isFileTime(w.from)) ctx.addIssue({ code: 'custom', path: [key, 'from'], message: TIME_RANGE_MESSAGE });
    if (w && !isFileTime(w.to)) ctx.addIssue({ code: 'custom', path: [key, 'to'], message: TIME_RANGE_MESSAGE });
  }
});

/** The names of the fields `meta` may hold. */
export const META_FIELDS = Object.keys(metaSchema.shape) as (keyof typeof metaSchema.shape)[];
