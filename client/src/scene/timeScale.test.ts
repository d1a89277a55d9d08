import { describe, expect, it } from 'vitest';
import { timeScale } from './timeScale';

const T0 = Date.UTC(2026, 10, 28, 9, 0);
const min = (m: number) => T0 + m * 60_000;

describe('timeScale', () => {
  it.each([
    // window minutes, options, expected px per minute
    { minutes: 400, options: {}, px: 3 }, // 1200 / 400
    { minutes: 4000, options: {}, px: 2 }, // would be 0.3: raised to the minimum
    { minutes: 10, options: {}, px: 40 }, // would be 120: capped
    { minutes: 100, options: { baseWidth: 1000, minPxPerMinute: 3 }, px: 10 },
    { minutes: 1000, options: { baseWidth: 1000, minPxPerMinute: 3 }, px: 3 },
  ])('$minutes min with $options → $px px/min', ({ minutes, options, px }) => {
    const scale = timeScale({ from: T0, to: min(minutes) }, options);
    expect(scale.pxPerMinute).toBeCloseTo(px, 9);
    expect(scale.x(T0)).toBe(0);
    expect(scale.x(min(minutes))).toBeCloseTo(minutes * px, 6);
  });

  it.each([0, 1, 17.5, 240, -30, 5000])('time(x(t)) returns t for t = start + %s min', (m) => {
    const scale = timeScale({ from: T0, to: min(300) });
    expect(scale.time(scale.x(min(m)))).toBeCloseTo(min(m), 3);
  });

  it('pads the drawn domain on both sides, at least the minimum padding', () => {
    const short = timeScale({ from: T0, to: min(60) });
    expect(short.domain).toEqual({ from: min(-10), to: min(70) });
    const long = timeScale({ from: T0, to: min(1000) }, { paddingShare: 0.05 });
    expect(long.domain).toEqual({ from: min(-50), to: min(1050) });
  });

  it('gives a zero-length window a one-minute span instead of dividing by zero', () => {
    const scale = timeScale({ from: T0, to: T0 });
    expect(Number.isFinite(scale.pxPerMinute)).toBe(true);
    expect(scale.window.to).toBe(min(1));
  });
});
