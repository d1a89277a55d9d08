const MS_PER_MINUTE = 60_000;

/** Options of {@link timeScale}. */
export interface TimeScaleOptions {
  /**
   * Width (world px) the incident window should take when that gives enough room per minute.
   * @default 1200 — the canvas beside the side panels on a laptop, so a typical incident opens
   * at a readable zoom.
   */
  baseWidth?: number;
  /**
   * Lower bound of px per minute, so short intervals stay readable on long incidents.
   * @default 2 — a 30-minute cadence is then at least 60 px wide, room for its label.
   */
  minPxPerMinute?: number;
  /**
   * Upper bound of px per minute, so a 10-minute incident does not become absurdly wide.
   * @default 40
   */
  maxPxPerMinute?: number;
  /**
   * Padding drawn before the start and after the end, as a share of the window.
   * @default 0.04
   */
  paddingShare?: number;
  /**
   * Minimum padding in minutes on each side.
   * @default 10
   */
  minPaddingMinutes?: number;
}

/** A linear mapping between time (epoch ms) and world x, anchored so that `x(window.from) === 0`. */
export interface TimeScale {
  /** World x of a time. */
  x(t: number): number;
  /** Time under a world x (inverse of {@link TimeScale.x}). */
  time(x: number): number;
  pxPerMinute: number;
  /** The incident window. */
  window: { from: number; to: number };
  /** The drawn range: the window plus padding on both sides. */
  domain: { from: number; to: number };
}

/**
 * Maps time to x over the incident window. The px per minute is chosen so the window fits
 * `baseWidth`, but never drops below `minPxPerMinute` (long incidents grow wider instead of
 * squeezing their intervals into illegibility) nor above `maxPxPerMinute`.
 */
export function timeScale(window: { from: number; to: number }, options: TimeScaleOptions = {}): TimeScale {
  const baseWidth = options.baseWidth ?? 1200;
  const minPx = options.minPxPerMinute ?? 2;
  const maxPx = Math.max(minPx, options.maxPxPerMinute ?? 40);
  const from = window.from;
  // A zero-length (or inverted) window still needs a scale: treat it as one minute long.
  const to = window.to > window.from ? window.to : window.from + MS_PER_MINUTE;
  const minutes = (to - from) / MS_PER_MINUTE;
  const pxPerMinute = Math.min(maxPx, Math.max(minPx, baseWidth / minutes));
  const paddingMinutes = Math.max(options.minPaddingMinutes ?? 10, minutes * (options.paddingShare ?? 0.04));
  const padding = paddingMinutes * MS_PER_MINUTE;
  const pxPerMs = pxPerMinute / MS_PER_MINUTE;
  return {
    x: (t) => (t - from) * pxPerMs,
    time: (x) => from + x / pxPerMs,
    pxPerMinute,
    window: { from, to },
    domain: { from: from - padding, to: to + padding },
  };
}
