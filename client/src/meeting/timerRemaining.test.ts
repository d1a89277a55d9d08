import { describe, expect, it } from 'vitest';
import { formatCountdown, timerRemainingMs } from './timerRemaining';

describe('timerRemainingMs', () => {
  it('counts down to endsAt while running', () => {
    expect(timerRemainingMs({ running: true, endsAt: 10_000, remainingMs: 0 }, 4_000)).toBe(6_000);
  });
  it('never goes below zero', () => {
    expect(timerRemainingMs({ running: true, endsAt: 10_000, remainingMs: 0 }, 12_000)).toBe(0);
  });
  it('shows the frozen remainder while paused', () => {
    expect(timerRemainingMs({ running: false, endsAt: null, remainingMs: 90_000 }, 1e12)).toBe(90_000);
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [59_001, '1:00'],
    [600_000, '10:00'],
    [3_725_000, '1:02:05'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});
