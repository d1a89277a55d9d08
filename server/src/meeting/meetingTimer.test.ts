import { describe, expect, it } from 'vitest';
import { extendTimer, idleTimer, pauseTimer, readyTimer, resumeTimer, startTimer, timerRemainingMs } from './meetingTimer';

const t0 = 1_700_000_000_000;

describe('meetingTimer', () => {
  it('counts a started timer down from endsAt and never below zero', () => {
    const timer = startTimer(10, t0);
    expect(timer).toEqual({ endsAt: t0 + 600_000, remainingMs: 600_000, running: true });
    expect(timerRemainingMs(timer, t0 + 60_000)).toBe(540_000);
    expect(timerRemainingMs(timer, t0 + 700_000)).toBe(0);
  });

  it('freezes on pause and continues from the same remainder on resume', () => {
    const paused = pauseTimer(startTimer(10, t0), t0 + 90_000);
    expect(paused).toEqual({ endsAt: null, remainingMs: 510_000, running: false });
    expect(timerRemainingMs(paused, t0 + 999_999)).toBe(510_000);
    expect(resumeTimer(paused, t0 + 200_000)).toEqual({ endsAt: t0 + 710_000, remainingMs: 510_000, running: true });
  });

  it('ignores pause when paused and resume when running or when nothing is left', () => {
    const running = startTimer(1, t0);
    expect(resumeTimer(running, t0 + 5)).toBe(running);
    expect(pauseTimer(idleTimer, t0)).toBe(idleTimer);
    expect(resumeTimer(idleTimer, t0)).toBe(idleTimer);
  });

  it('sets a stopped timer to the full time, which resume then runs', () => {
    const ready = readyTimer(15);
    expect(ready).toEqual({ endsAt: null, remainingMs: 900_000, running: false });
    expect(timerRemainingMs(ready, t0 + 999_999)).toBe(900_000);
    expect(resumeTimer(ready, t0)).toEqual(startTimer(15, t0));
  });

  it.each([
    { name: 'a running timer', timer: startTimer(10, t0), now: t0 + 60_000, expected: { endsAt: t0 + 900_000, remainingMs: 840_000, running: true } },
    { name: 'a timer past zero restarts from now', timer: startTimer(1, t0), now: t0 + 120_000, expected: { endsAt: t0 + 420_000, remainingMs: 300_000, running: true } },
    { name: 'a paused timer', timer: pauseTimer(startTimer(10, t0), t0 + 60_000), now: t0 + 99_000, expected: { endsAt: null, remainingMs: 840_000, running: false } },
    { name: 'a timer never started', timer: idleTimer, now: t0, expected: { endsAt: null, remainingMs: 300_000, running: false } },
  ])('extends $name by five minutes', ({ timer, now, expected }) => {
    expect(extendTimer(timer, 5, now)).toEqual(expected);
  });
});
