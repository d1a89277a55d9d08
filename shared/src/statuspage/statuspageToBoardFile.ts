import { BOARD_FORMAT, type BoardFile } from '../model/boardFile';
import { DEFAULT_CADENCE_MINUTES } from '../model/entities';
import { extractStatuspageIncident, type StatuspageIncident } from './statuspageIncidentSchema';

/** The channel every imported update goes to. */
export const STATUSPAGE_CHANNEL = { id: 'statuspage', name: 'Status page' } as const;

const MAX_TITLE = 200;
const MAX_SUMMARY = 2000;
const MAX_ID = 64;

/** A Statuspage time (any offset) as ISO 8601 UTC, the form board files are exported in. */
const toIso = (time: string): string => new Date(Date.parse(time)).toISOString();

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair: a lone half would not survive UTF-8 encoding.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

/** An update id made safe for `entityIdSchema`, or undefined when nothing usable is left. */
function sanitiseId(id: string | null | undefined): string | undefined {
  if (!id) return undefined;
  const clean = id.replace(/[^A-Za-z0-9_:.-]+/g, '-').slice(0, MAX_ID);
  return /[A-Za-z0-9]/.test(clean) ? clean : undefined;
}

/**
 * A Statuspage incident as a board file (DESIGN.md, "Statuspage import"): title = name;
 * start = `started_at`, else `created_at`; resolution = `resolved_at` (null: ongoing); one
 * "Status page" channel; one comm per update at `display_at`, else `created_at`, sent by
 * "Status page", summary `<status>: <body>` clipped to the schema's 2,000 characters. Comm ids
 * come from the update ids when usable, else `u1…un` in time order. `timeZone` (the status
 * page's, see `extractStatuspageIncident`) labels the timeline. The incident must have passed
 * `statuspageIncidentSchema`; the result is a valid board file.
 */
export function statuspageToBoardFile(incident: StatuspageIncident, timeZone?: string): BoardFile {
  const updates = incident.incident_updates
    .map((u, index) => ({ u, index, at: Date.parse(u.display_at ?? u.created_at) }))
    // The API lists updates newest first; the board reads oldest first.
    .sort((a, b) => a.at - b.at || b.index - a.index);
  const used = new Set<string>();
  const comms = updates.map(({ u, at }, i) => {
    let id = sanitiseId(u.id);
    if (id === undefined || used.has(id)) id = `u${i + 1}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    const status = (u.status ?? '').trim();
    const body = (u.body ?? '').trim();
    return {
      id,
      channelId: STATUSPAGE_CHANNEL.id,
      at: new Date(at).toISOString(),
      sender: 'Status page',
      summary: clip(status && body ? `${status}: ${body}` : status || body, MAX_SUMMARY),
    };
  });
  return {
    format: BOARD_FORMAT,
    title: clip(incident.name.trim(), MAX_TITLE),
    incident: {
      startedAt: toIso(incident.started_at ?? incident.created_at),
      resolvedAt: incident.resolved_at ? toIso(incident.resolved_at) : null,
      customerImpact: '',
      ...(timeZone ? { timeZone } : {}),
    },
    cadenceMinutes: DEFAULT_CADENCE_MINUTES,
    channels: [{ ...STATUSPAGE_CHANNEL }],
    comms,
    stickies: [],
    actions: [],
    annotations: [],
  };
}

/**
 * Checks pasted Statuspage JSON (bare incident, `{incident}` or `{incidents:[…]}`) and
 * converts it. Never throws; the error names the field path.
 */
export function parseStatuspageImport(input: unknown): { ok: true; file: BoardFile } | { ok: false; error: string } {
  const extracted = extractStatuspageIncident(input);
  if (!extracted.ok) return extracted;
  return { ok: true, file: statuspageToBoardFile(extracted.incident, extracted.timeZone) };
}
