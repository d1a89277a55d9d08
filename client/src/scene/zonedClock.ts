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

const cache = new Map<string, ZonedClock>();

function resolveZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    // An unknown zone must not blank the board: fall back to UTC (the clock reports which it used).
    return 'UTC';
  }
}

/**
 * The wall clock of `timeZone` (IANA name, e.g. `Europe/Berlin`), built on Intl.DateTimeFormat
 * so daylight-saving changes are right. Formatters are cached per zone: building them is the
 * expensive part and a scene formats hundreds of times.
 */
export function zonedClock(timeZone?: string): ZonedClock {
  const zone = resolveZone(timeZone);
  const cached = cache.get(zone);
  if (cached) return cached;

  const partsFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
  const fullFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

  function parts(t: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of partsFormat.formatToParts(t)) out[p.type] = p.value;
    return out;
  }

  const clock: ZonedClock = {
    timeZone: zone,
    minuteOfDay(t) {
      const p = parts(t);
      return (Number(p.hour) % 24) * 60 + Number(p.minute);
    },
    dateKey(t) {
      const p = parts(t);
      return `${p.year}-${p.month}-${p.day}`;
    },
    time(t) {
      const p = parts(t);
      return `${String(Number(p.hour) % 24).padStart(2, '0')}:${p.minute}`;
    },
    date: (t) => dateFormat.format(t).replace(',', ''),
    dateTime: (t) => `${fullFormat.format(t)}, ${clock.time(t)}`,
  };
  cache.set(zone, clock);
  return clock;
}
