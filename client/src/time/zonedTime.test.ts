import { describe, expect, it } from 'vitest';
import { effectiveTimeZone, formatMinutes, fromDateTimeInput, spansSeveralDays, toDateTimeInput, zonedClock, zoneOffsetMs } from './zonedTime';

const at = (iso: string): number => Date.parse(iso);

describe('fromDateTimeInput', () => {
  it.each([
    ['2026-03-04T10:05', 'UTC', '2026-03-04T10:05:00Z'],
    ['2026-03-04T10:05', 'Europe/Berlin', '2026-03-04T09:05:00Z'],
    ['2026-07-04T10:05', 'Europe/Berlin', '2026-07-04T08:05:00Z'],
    ['2026-07-04T10:05:30', 'America/New_York', '2026-07-04T14:05:30Z'],
    ['2026-01-15T23:30', 'Asia/Kolkata', '2026-01-15T18:00:00Z'],
  ])('reads %s in %s', (input, zone, expected) => {
    expect(fromDateTimeInput(input, zone)).toBe(at(expected));
  });

  it.each([[''], ['2026-02-31T10:00'], ['2026-13-01T10:00'], ['2026-03-04 10:00'], ['2026-03-04T24:00'], ['yesterday']])(
    'rejects %j',
    (input) => {
      expect(fromDateTimeInput(input, 'UTC')).toBeNull();
    },
  );

  it('maps a wall time skipped by the spring DST jump to just after the jump', () => {
    // Berlin: 2026-03-29 02:00 → 03:00; 02:30 does not exist.
    expect(fromDateTimeInput('2026-03-29T02:30', 'Europe/Berlin')).toBe(at('2026-03-29T01:30:00Z'));
  });

  it('maps an ambiguous autumn wall time to the earlier instant', () => {
    // Berlin: 2026-10-25 03:00 → 02:00; 02:30 happens twice (first at +02:00).
    expect(fromDateTimeInput('2026-10-25T02:30', 'Europe/Berlin')).toBe(at('2026-10-25T00:30:00Z'));
  });
});

describe('toDateTimeInput', () => {
  it.each([
    ['2026-03-04T09:05:00Z', 'Europe/Berlin', '2026-03-04T10:05'],
    ['2026-03-04T09:05:59Z', 'UTC', '2026-03-04T09:05'],
    ['2026-07-04T02:00:00Z', 'America/Los_Angeles', '2026-07-03T19:00'],
  ])('writes %s in %s', (iso, zone, expected) => {
    expect(toDateTimeInput(at(iso), zone)).toBe(expected);
  });

  it('round-trips every quarter hour of a day with a DST change', () => {
    const start = at('2026-10-24T22:00:00Z');
    for (let ms = start; ms < start + 86_400_000; ms += 15 * 60_000) {
      const text = toDateTimeInput(ms, 'Europe/Berlin');
      const back = fromDateTimeInput(text, 'Europe/Berlin');
      // The ambiguous hour reads back as its first occurrence: same wall time, maybe an hour earlier.
      expect(back === ms || back === ms - 3_600_000).toBe(true);
      expect(toDateTimeInput(back ?? Number.NaN, 'Europe/Berlin')).toBe(text);
    }
  });
});

describe('zone helpers', () => {
  it('computes offsets', () => {
    expect(zoneOffsetMs(at('2026-01-01T12:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetMs(at('2026-01-01T12:00:00.750Z'), 'UTC')).toBe(0);
  });

  it('falls back to UTC for a missing or unknown zone', () => {
    expect(effectiveTimeZone(undefined)).toBe('UTC');
    expect(effectiveTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(effectiveTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it.each([
    [0, '0 min'],
    [29.6, '30 min'],
    [60, '1 h'],
    [250.2, '4 h 10 min'],
  ])('formats %d minutes as %s', (m, text) => {
    expect(formatMinutes(m)).toBe(text);
  });
});

describe('spansSeveralDays', () => {
  it.each([
    [[], 'UTC', false],
    [['2026-03-04T10:00:00Z', '2026-03-04T23:59:00Z'], 'UTC', false],
    [['2026-03-04T10:00:00Z', '2026-03-04T23:59:00Z'], 'Europe/Berlin', true],
    [['2026-03-04T22:30:00Z', '2026-03-05T01:00:00Z'], 'America/New_York', false],
  ])('%j in %s → %s', (isos, zone, expected) => {
    expect(spansSeveralDays(isos.map(at), zone)).toBe(expected);
  });
});

describe('zonedClock', () => {
  // 2026-03-29 01:30 UTC: Berlin has just sprung forward to summer time (03:30 local).
  const t = Date.UTC(2026, 2, 29, 1, 30);

  it('reads the wall clock of the zone, across a DST change', () => {
    const berlin = zonedClock('Europe/Berlin');
    expect(berlin.time(t)).toBe('03:30');
    expect(berlin.minuteOfDay(t)).toBe(3 * 60 + 30);
    expect(berlin.time(t - 3_600_000)).toBe('01:30');
    expect(berlin.dateKey(t)).toBe('2026-03-29');
    expect(berlin.date(t)).toBe('Sun 29 Mar');
    expect(berlin.dateTime(t)).toBe('29 Mar 2026, 03:30');
  });

  it('changes the date at local midnight, not UTC midnight', () => {
    const tokyo = zonedClock('Asia/Tokyo');
    expect(tokyo.dateKey(Date.UTC(2026, 2, 28, 15, 5))).toBe('2026-03-29');
    expect(tokyo.minuteOfDay(Date.UTC(2026, 2, 28, 15, 5))).toBe(5);
  });

  it('falls back to UTC for an unset or unknown zone, and says so', () => {
    expect(zonedClock(undefined).timeZone).toBe('UTC');
    const bad = zonedClock('Mars/Olympus');
    expect(bad.timeZone).toBe('UTC');
    expect(bad.time(t)).toBe('01:30');
  });
});
