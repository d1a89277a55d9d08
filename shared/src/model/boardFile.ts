import { z } from 'zod';
import {
  actionSchema,
  annotationSchema,
  channelSchema,
  commSchema,
  imageDataUrlSchema,
  stickySchema,
  DEFAULT_CADENCE_MINUTES,
} from './entities';

/**
 * The public board file format `gapboard/v1` (DESIGN.md): JSON with ISO 8601 times that carry
 * an offset (`Z` or `+02:00`). Import and export both go through this schema.
 */
export const BOARD_FORMAT = 'gapboard/v1';

/** ISO 8601 date-time with an explicit offset; a time without one would be ambiguous. */
export const isoTimeSchema = z
  .string({ error: 'expected an ISO 8601 time with offset, e.g. 2026-03-04T10:00:00Z' })
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i,
    // abort: a malformed string gets one message, not a second "not a real point in time".
    { message: 'expected an ISO 8601 time with offset, e.g. 2026-03-04T10:00:00Z', abort: true },
  )
  .refine(isRealIsoTime, 'not a real point in time (check the day of the month and the hour)')
  // An offset can move a year-0000 or year-9999 time out of them in UTC, and every export is in
  // UTC: such a time could never be exported again.
  .refine(isInFileYears, 'expected a time between the years 0000 and 9999 in UTC');

const FIRST_FILE_TIME_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_FILE_TIME_MS = Date.parse('9999-12-31T23:59:59.999Z');

/** Whether the time falls in the four-digit years in UTC (an unparsable one is reported by isRealIsoTime). */
function isInFileYears(s: string): boolean {
  const t = Date.parse(s);
  return Number.isNaN(t) || (t >= FIRST_FILE_TIME_MS && t <= LAST_FILE_TIME_MS);
}

/**
 * Date.parse rolls impossible fields over (2026-02-30 becomes March 2nd), so the fields are
 * checked one by one against the calendar.
 */
function isRealIsoTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second = 0] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  if (month! < 1 || month! > 12 || hour! > 23 || minute! > 59 || second > 59) return false;
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return day! >= 1 && day! <= daysInMonth && !Number.isNaN(Date.parse(s));
}

const fileWindowSchema = z
  .object({ from: isoTimeSchema, to: isoTimeSchema })
  .refine((w) => Date.parse(w.to) >= Date.parse(w.from), {
    message: 'a phase must end after it starts',
    path: ['to'],
  });

export const boardFileSchema = z
  .object({
    format: z.literal(BOARD_FORMAT, { error: `expected "${BOARD_FORMAT}"` }),
    title: z.string().max(200).default(''),
    incident: z
      .object({
        startedAt: isoTimeSchema.optional(),
        resolvedAt: isoTimeSchema.nullable().optional(),
        investigation: fileWindowSchema.optional(),
        escalation: fileWindowSchema.optional(),
        customerImpact: z.string().max(4000).default(''),
        customerImpactImage: imageDataUrlSchema.optional(),
        timeZone: z.string().max(64).optional(),
      })
      .default({ customerImpact: '' }),
    cadenceMinutes: z.number().positive().max(24 * 60).default(DEFAULT_CADENCE_MINUTES),
    // The file's entities are the document's entities with ISO times instead of epoch ms.
    channels: z.array(channelSchema).max(50).default([]),
    comms: z.array(commSchema.extend({ at: isoTimeSchema })).max(20_000).default([]),
    stickies: z.array(stickySchema.extend({ at: isoTimeSchema.optional() })).max(5_000).default([]),
    actions: z.array(actionSchema).max(200).default([]),
    annotations: z.array(annotationSchema).max(1_000).default([]),
  })
  .superRefine((file, ctx) => {
    const { startedAt, resolvedAt } = file.incident;
    if (startedAt && resolvedAt && Date.parse(resolvedAt) < Date.parse(startedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['incident', 'resolvedAt'],
        message: 'the resolution cannot come before the start',
      });
    }
    const channelIds = new Set(file.channels.map((c) => c.id));
    file.comms.forEach((comm, i) => {
      if (!channelIds.has(comm.channelId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['comms', i, 'channelId'],
          message: `unknown channel "${comm.channelId}" (declare it in channels)`,
        });
      }
    });
    for (const name of ['channels', 'comms', 'stickies', 'actions', 'annotations'] as const) {
      const seen = new Set<string>();
      file[name].forEach((entity, i) => {
        if (seen.has(entity.id)) {
          ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `duplicate id "${entity.id}"` });
        }
        seen.add(entity.id);
      });
    }
  });

/** A parsed, valid board file (defaults applied). */
export type BoardFile = z.infer<typeof boardFileSchema>;
/** What a caller may send: defaults not yet applied. */
export type BoardFileInput = z.input<typeof boardFileSchema>;
