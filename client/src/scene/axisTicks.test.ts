import { describe, expect, it } from 'vitest';
import { axisTicks, tickStepMinutes } from './axisTicks';

const utc = (iso: string) => Date.parse(iso);

describe('tickStepMinutes', () => {
  it.each([
    { minutes: 60, opts: { pxPerMinute: 20 }, step: 5 },
    { minutes: 60, opts: { pxPerMinute: 4 }, step: 30 },
    { minutes: 600, opts: { pxPerMinute: 2 }, step: 60 },
    { minutes: 600, opts: { pxPerMinute: 0.5 }, step: 180 },
    { minutes: 120, opts: {}, step: 10 },
    { minutes: 600, opts: {}, step: 60 },
    { minutes: 3 * 24 * 60, opts: {}, step: 360 },
  ])('$minutes min, $opts → every $step min', ({ minutes, opts, step }) => {
    const from = utc('2026-11-28T00:00:00Z');
    expect(tickStepMinutes({ from, to: from + minutes * 60_000 }, opts)).toBe(step);
  });
});

describe('axisTicks', () => {
  it('labels round UTC times and puts the date on the first tick only within a day', () => {
    const ticks = axisTicks({ from: utc('2026-11-28T09:07:00Z'), to: utc('2026-11-28T13:40:00Z') }, 'UTC', { pxPerMinute: 2 });
    expect(ticks.map((t) => t.label)).toEqual(['10:00', '11:00', '12:00', '13:00']);
    expect(ticks.map((t) => t.dateLabel)).toEqual(['Sat 28 Nov', undefined, undefined, undefined]);
    expect(ticks[0]!.t).toBe(utc('2026-11-28T10:00:00Z'));
  });

  it('aligns to round local times in a zone with a half-hour offset', () => {
    // Asia/Kolkata is UTC+05:30: local 15:00 is 09:30 UTC.
    const ticks = axisTicks({ from: utc('2026-11-28T09:00:00Z'), to: utc('2026-11-28T12:00:00Z') }, 'Asia/Kolkata', { pxPerMinute: 2 });
    expect(ticks.map((t) => t.label)).toEqual(['15:00', '16:00', '17:00']);
    expect(ticks.map((t) => new Date(t.t).toISOString())).toEqual([
      '2026-11-28T09:30:00.000Z',
      '2026-11-28T10:30:00.000Z',
      '2026-11-28T11:30:00.000Z',
    ]);
  });

  it('adds the date again where the local day changes', () => {
    // 22:00–02:00 in Berlin (UTC+1 in November).
    const ticks = axisTicks({ from: utc('2026-11-28T21:00:00Z'), to: utc('2026-11-29T01:00:00Z') }, 'Europe/Berlin', { pxPerMinute: 2 });
    expect(ticks.map((t) => [t.label, t.dateLabel])).toEqual([
      ['22:00', 'Sat 28 Nov'],
      ['23:00', undefined],
      ['00:00', 'Sun 29 Nov'],
      ['01:00', undefined],
      ['02:00', undefined],
    ]);
  });

  it('stays on the hour across a daylight-saving change', () => {
    // New York springs forward on 2026-03-08 at 02:00 local (07:00 UTC): 01:00 is followed by 03:00.
    const ticks = axisTicks({ from: utc('2026-03-08T05:30:00Z'), to: utc('2026-03-08T09:00:00Z') }, 'America/New_York', { pxPerMinute: 2 });
    expect(ticks.map((t) => t.label)).toEqual(['01:00', '03:00', '04:00', '05:00']);
  });

  it('falls back to UTC for an unknown zone and returns nothing for an inverted window', () => {
    const w = { from: utc('2026-11-28T09:00:00Z'), to: utc('2026-11-28T10:00:00Z') };
    expect(axisTicks(w, 'Not/AZone', { pxPerMinute: 2 }).map((t) => t.label)).toEqual(['09:00', '10:00']);
    expect(axisTicks({ from: w.to, to: w.from }, 'UTC')).toEqual([]);
  });
});
