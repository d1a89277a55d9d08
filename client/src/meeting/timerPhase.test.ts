import type { TimerState } from '@gapboard/shared';
import { describe, expect, it } from 'vitest';
import { msUntilPhaseChange, timerControls, timerPhase, type TimerPhase } from './timerPhase';

const stopped = (remainingMs: number): TimerState => ({ endsAt: null, remainingMs, running: false });
const running = (remainingMs: number): TimerState => ({ endsAt: 1_000_000 + remainingMs, remainingMs, running: true });

describe('timerPhase', () => {
  it.each<{ name: string; timer: TimerState | undefined; remaining: number; expected: TimerPhase }>([
    { name: 'no meeting state yet', timer: undefined, remaining: 0, expected: 'idle' },
    { name: 'never started', timer: stopped(0), remaining: 0, expected: 'idle' },
    { name: "stopped at the step's full 15 min", timer: stopped(900_000), remaining: 900_000, expected: 'ready' },
    { name: 'paused part-way', timer: stopped(283_000), remaining: 283_000, expected: 'paused' },
    { name: 'paused with more than the step (extended)', timer: stopped(1_020_000), remaining: 1_020_000, expected: 'paused' },
    { name: 'counting down', timer: running(600_000), remaining: 283_000, expected: 'running' },
    { name: 'counting down from the full time', timer: running(900_000), remaining: 900_000, expected: 'running' },
    { name: 'ran out', timer: running(600_000), remaining: 0, expected: 'done' },
  ])('$name → $expected', ({ timer, remaining, expected }) => {
    expect(timerPhase(timer, remaining, 15)).toBe(expected);
  });
});

describe('msUntilPhaseChange', () => {
  it.each<{ name: string; timer: TimerState | undefined; remaining: number; expected: number | null }>([
    { name: 'a running countdown: when it runs out', timer: running(600_000), remaining: 283_000, expected: 283_000 },
    { name: 'one that ran out: never by itself', timer: running(600_000), remaining: 0, expected: null },
    { name: 'a paused one', timer: stopped(283_000), remaining: 283_000, expected: null },
    { name: 'a ready one', timer: stopped(900_000), remaining: 900_000, expected: null },
    { name: 'none', timer: undefined, remaining: 0, expected: null },
  ])('$name → $expected', ({ timer, remaining, expected }) => {
    expect(msUntilPhaseChange(timer, remaining)).toBe(expected);
  });
});

describe('timerControls', () => {
  it.each<{ phase: TimerPhase; main: string; label: string; restart: boolean }>([
    { phase: 'idle', main: 'timer-start', label: 'Start 15 min', restart: false },
    { phase: 'ready', main: 'timer-start', label: 'Start 15 min', restart: false },
    { phase: 'running', main: 'timer-pause', label: 'Pause', restart: true },
    { phase: 'paused', main: 'timer-resume', label: 'Resume', restart: true },
    { phase: 'done', main: 'timer-start', label: 'Start 15 min', restart: false },
  ])('$phase: the main button is "$label"; restart offered: $restart', ({ phase, main, label, restart }) => {
    const controls = timerControls(phase, 15);
    expect(controls.main.testId).toBe(main);
    expect(controls.main.label).toBe(label);
    expect(controls.restart !== null).toBe(restart);
  });

  it('never makes "start over" the main button while time is being counted', () => {
    for (const phase of ['running', 'paused'] as const) {
      const { main, restart } = timerControls(phase, 10);
      expect(main.command.type).not.toBe('timer-start');
      expect(restart?.command).toEqual({ type: 'timer-start', minutes: 10 });
    }
  });
});
