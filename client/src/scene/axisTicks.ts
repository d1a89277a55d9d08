import { zonedClock } from '../time/zonedTime';

const MS_PER_MINUTE = 60_000;

/** Tick steps in minutes, all dividing a day so ticks land on round local times. */
export const TICK_STEPS_MINUTES = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440] as const;

export interface AxisTick {
  /** Epoch ms. */
  t: number;
  /** `HH:mm` in the zone. */
  label: string;
  /** On the first tick and wherever the local date changes, e.g. `Sat 28 Nov`. */
  dateLabel?: string;
}

export interface AxisTicksOptions {
  /** With the scale's px per minute, the step is the smallest keeping ticks `minSpacingPx` apart. */
  pxPerMinute?: number;
  /** @default 90 — room for an `HH:mm` label and some air. */
  minSpacingPx?: number;
  /** Without `pxPerMinute`: the smallest step giving at most this many ticks. @default 12 */
  maxTicks?: number;
}

/** The tick step (minutes) for a window and options; see {@link axisTicks}. */
export function tickStepMinutes(window: { from: number; to: number }, options: AxisTicksOptions = {}): number {
  const minutes = Math.max(0, (window.to - window.from) / MS_PER_MINUTE);
  const fits =
    options.pxPerMinute !== undefined
      ? (step: number) => step * options.pxPerMinute! >= (options.minSpacingPx ?? 90)
      : (step: number) => minutes / step <= (options.maxTicks ?? 12);
  return TICK_STEPS_MINUTES.find(fits) ?? TICK_STEPS_MINUTES[TICK_STEPS_MINUTES.length - 1]!;
}

/**
 * Ticks over `window` at a "nice" step, on round wall-clock times of `timeZone` (so a zone at
 * +05:30 gets ticks at 10:00 local, not at 10:30), labelled `HH:mm`, with the date on the first
 * tick and on each day change. Daylight-saving days come out right because candidates are
 * tested against the zone's own clock rather than computed by offset arithmetic.
 */
export function axisTicks(window: { from: number; to: number }, timeZone?: string, options: AxisTicksOptions = {}): AxisTick[] {
  if (!(window.to >= window.from) || !Number.isFinite(window.from) || !Number.isFinite(window.to)) return [];
  const clock = zonedClock(timeZone);
  const step = tickStepMinutes(window, options);
  // Every real zone offset is a multiple of 15 minutes, so testing every 15 (or 5) UTC minutes
  // finds each round local time exactly once.
  const stride = (step % 15 === 0 ? 15 : 5) * MS_PER_MINUTE;
  const first = Math.ceil(window.from / stride) * stride;
  const ticks: AxisTick[] = [];
  let lastDate = '';
  let lastMinute = -1;
  for (let t = first; t <= window.to; t += stride) {
    const minute = clock.minuteOfDay(t);
    if (minute % step !== 0) continue;
    // A DST fall-back repeats an hour; keep the first of two equal local times.
    if (minute === lastMinute) continue;
    lastMinute = minute;
    const dateKey = clock.dateKey(t);
    const tick: AxisTick = { t, label: clock.time(t) };
    if (dateKey !== lastDate) tick.dateLabel = clock.date(t);
    lastDate = dateKey;
    ticks.push(tick);
  }
  return ticks;
}
