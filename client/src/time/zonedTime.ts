/**
 * Conversions between epoch ms and the wall-clock strings of `<input type="datetime-local">`
 * (`YYYY-MM-DDTHH:mm`), in the board's time zone rather than the browser's: everyone in a
 * remote meeting must read the same 10:05 for the same comm, wherever they sit.
 */

import { isValidTimeZone } from '@gapboard/shared';

/** The board's zone: its IANA `timeZone`, or UTC when absent or unknown to this browser. */
export function effectiveTimeZone(timeZone: string | undefined): string {
  if (timeZone && isValidTimeZone(timeZone)) return timeZone;
  return 'UTC';
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(ms: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  // One formatToParts per call: the canvas scene reads hundreds of instants per layout.
  const parts = formatterFor(timeZone).formatToParts(ms);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** Offset of the zone from UTC at an instant, in ms (Berlin in winter: +3,600,000). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Epoch ms → `YYYY-MM-DDTHH:mm` in the zone (seconds dropped, as the input shows them). */
export function toDateTimeInput(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

/**
 * `YYYY-MM-DDTHH:mm[:ss]` read as wall-clock time in the zone → epoch ms; null when the text
 * is not a real date-time. A wall time skipped by a DST jump resolves to the instant just
 * after the jump; an ambiguous one (clocks going back) to the earlier instant.
 */
export function fromDateTimeInput(value: string, timeZone: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(asUtc);
  // Date.UTC rolls 31 February over into March: reject instead.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  // Try the offsets in force just before and after; keep the earliest that reads back right.
  const candidates = [asUtc - zoneOffsetMs(asUtc - 86_400_000, timeZone), asUtc - zoneOffsetMs(asUtc + 86_400_000, timeZone)]
    .filter((c, i, all) => all.indexOf(c) === i)
    .sort((a, b) => a - b);
  for (const c of candidates) {
    const w = wallClock(c, timeZone);
    if (Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) === asUtc) return c;
  }
  // In a DST gap no candidate reads back: the offset before the jump lands just after it
  // (02:30 on a 02:00→03:00 night becomes 03:30), as Temporal's "compatible" does.
  return asUtc - zoneOffsetMs(asUtc - 86_400_000, timeZone);
}

const shortFormatters = new Map<string, Intl.DateTimeFormat>();

/** A compact, readable time like `Mar 4, 10:05` in the zone, for lists and tables. */
export function formatTime(ms: number, timeZone: string, withDate = true): string {
  const k = `${timeZone}|${withDate}`;
  let f = shortFormatters.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      ...(withDate ? { month: 'short', day: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
    });
    shortFormatters.set(k, f);
  }
  return f.format(ms);
}

/** Minutes as the play reads them: `45 min`, `4 h 10 min`. */
export function formatMinutes(minutes: number): string {
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Whether the instants fall on more than one calendar day in the zone (then times need their date). */
export function spansSeveralDays(times: readonly number[], timeZone: string): boolean {
  let first: string | null = null;
  for (const t of times) {
    const day = toDateTimeInput(t, timeZone).slice(0, 10);
    if (first === null) first = day;
    else if (day !== first) return true;
  }
  return false;
}

/** A wall clock in one IANA time zone: what a person in that zone reads for a given instant. */
export interface ZonedClock {
  /** The zone actually used (UTC when the requested one is unknown to this runtime). */
  timeZone: string;
  /** Local minutes since midnight (0..1439). */
  minuteOfDay(t: number): number;
  /** Local calendar date `YYYY-MM-DD`. */
  dateKey(t: number): string;
  /** `HH:mm`, 24-hour. */
  time(t: number): string;
  /** Short date, e.g. `Sat 28 Nov`. */
  date(t: number): string;
  /** Date and time, e.g. `28 Nov 2026, 14:05`. */
  dateTime(t: number): string;
}

const clocks = new Map<string, ZonedClock>();

/**
 * The wall clock of `timeZone` (UTC when unset or unknown: an unknown zone must not blank the
 * board), for the canvas scene. Built on the same cached formatters as the conversions above,
 * so the canvas and the panels read the same 10:05; cached per zone because a scene formats
 * hundreds of times.
 */
export function zonedClock(timeZone?: string): ZonedClock {
  const zone = effectiveTimeZone(timeZone);
  const cached = clocks.get(zone);
  if (cached) return cached;
  const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
  const fullFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' });
  const clock: ZonedClock = {
    timeZone: zone,
    minuteOfDay(t) {
      const w = wallClock(t, zone);
      return (w.h % 24) * 60 + w.mi;
    },
    dateKey(t) {
      const w = wallClock(t, zone);
      return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
    },
    time(t) {
      const w = wallClock(t, zone);
      return `${pad(w.h % 24)}:${pad(w.mi)}`;
    },
    date: (t) => dateFormat.format(t).replace(',', ''),
    dateTime: (t) => `${fullFormat.format(t)}, ${clock.time(t)}`,
  };
  clocks.set(zone, clock);
  return clock;
}
