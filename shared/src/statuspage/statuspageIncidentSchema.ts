import { z } from 'zod';
import { isoTimeSchema } from '../model/boardFile';
import { formatZodError } from '../model/formatZodError';
import { isValidTimeZone } from '../model/isValidTimeZone';

/*
 * One incident in the shape of Atlassian Statuspage's public API (`/api/v2/incidents.json` →
 * `incidents[i]`, also `/api/v2/incidents/<id>.json` → `incident`). Only the fields the import
 * uses are checked; the many others (impact, shortlink, components, affected_components,
 * tweet_id, …) are tolerated and ignored. Times carry an offset in the API, e.g.
 * `2024-05-01T10:00:00.000-07:00`; a time without one would be ambiguous and is refused.
 */

export const statuspageUpdateSchema = z.object({
  id: z.string().nullish(),
  status: z.string().max(100).nullish(),
  body: z.string().max(100_000).nullish(),
  created_at: isoTimeSchema,
  /** When the update is shown as posted; may be back-dated; null/absent means `created_at`. */
  display_at: isoTimeSchema.nullish(),
});
export type StatuspageUpdate = z.infer<typeof statuspageUpdateSchema>;

export const statuspageIncidentSchema = z
  .object({
    id: z.string().nullish(),
    name: z.string({ error: 'expected the incident name (string)' }).max(10_000),
    created_at: isoTimeSchema,
    started_at: isoTimeSchema.nullish(),
    /** null while the incident is still open. */
    resolved_at: isoTimeSchema.nullish(),
    incident_updates: z.array(statuspageUpdateSchema).max(20_000).default([]),
  })
  .superRefine((incident, ctx) => {
    const start = Date.parse(incident.started_at ?? incident.created_at);
    if (incident.resolved_at && Date.parse(incident.resolved_at) < start) {
      ctx.addIssue({
        code: 'custom',
        path: ['resolved_at'],
        message: 'the resolution cannot come before the start (started_at, else created_at)',
      });
    }
  });
export type StatuspageIncident = z.infer<typeof statuspageIncidentSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The status page's own time zone, which the API's responses carry beside the incidents
 * (`{ "page": { "time_zone": "America/Los_Angeles" }, "incidents": […] }`): the team reads its
 * incident in that zone. Undefined when absent, unknown to the runtime, or UTC (the default).
 */
function pageTimeZone(input: Record<string, unknown>): string | undefined {
  const page = input.page;
  const zone = isRecord(page) ? page.time_zone : undefined;
  if (typeof zone !== 'string' || zone.length > 64 || !isValidTimeZone(zone)) return undefined;
  return /^(Etc\/)?(UTC|GMT|Zulu|UCT)$/.test(zone) ? undefined : zone;
}

/**
 * Finds and checks the incident in what a user pasted: a bare incident, the single-incident
 * response `{ "incident": {…} }`, or the list response `{ "incidents": [first, …] }` (the first,
 * i.e. newest, incident is taken), with the page's time zone when the response carries it.
 * Never throws; errors name the field path as given.
 */
export function extractStatuspageIncident(
  input: unknown,
): { ok: true; incident: StatuspageIncident; timeZone?: string } | { ok: false; error: string } {
  let candidate: unknown = input;
  let prefix = '';
  if (isRecord(input) && !('name' in input)) {
    if ('incidents' in input) {
      if (!Array.isArray(input.incidents)) return { ok: false, error: 'incidents: expected a list of incidents' };
      if (input.incidents.length === 0) return { ok: false, error: 'incidents: the list is empty; expected one incident' };
      candidate = input.incidents[0];
      prefix = 'incidents[0]';
    } else if ('incident' in input) {
      candidate = input.incident;
      prefix = 'incident';
    }
  }
  if (!isRecord(candidate)) {
    return {
      ok: false,
      error: `${prefix || '(root)'}: expected a Statuspage incident object (with name, created_at, incident_updates)`,
    };
  }
  const result = statuspageIncidentSchema.safeParse(candidate);
  if (!result.success) return { ok: false, error: formatZodError(result.error, prefix) };
  const timeZone = prefix && isRecord(input) ? pageTimeZone(input) : undefined;
  return timeZone ? { ok: true, incident: result.data, timeZone } : { ok: true, incident: result.data };
}
