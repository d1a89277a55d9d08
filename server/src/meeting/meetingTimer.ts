import type { TimerState } from '@gapboard/shared';

/**
 * The facilitator's countdown as pure functions of the server clock. A running timer is
 * described by `endsAt` (so every client counts down on its own without ticks from the
 * server); a paused one by `remainingMs`. Every function returns a new state.
 */

/** A timer that has never been started. */
export const idleTimer: TimerState = Object.freeze({ endsAt: null, remainingMs: 0, running: false });

/** Milliseconds left at `now`, never negative. */
export function timerRemainingMs(timer: TimerState, now: number): number {
  if (timer.running && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return timer.remainingMs;
}

/** Starts (or restarts) a countdown of `minutes`. */
export function startTimer(minutes: number, now: number): TimerState {
  const ms = Math.round(minutes * 60_000);
  return { endsAt: now + ms, remainingMs: ms, running: true };
}

/**
 * A stopped countdown of `minutes`, ready to start (resuming it runs the full time). Used when
 * the facilitator moves to another step: the previous step's leftover time means nothing there.
 */
export function readyTimer(minutes: number): TimerState {
  return { endsAt: null, remainingMs: Math.round(minutes * 60_000), running: false };
}

/** Freezes the countdown; pausing a paused timer changes nothing. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!timer.running) return timer;
  return { endsAt: null, remainingMs: timerRemainingMs(timer, now), running: false };
}

/** Continues a paused countdown; a timer with nothing left stays stopped. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.running || timer.remainingMs <= 0) return timer;
  return { endsAt: now + timer.remainingMs, remainingMs: timer.remainingMs, running: true };
}

/**
 * Adds `minutes`. A running timer that already hit zero restarts from now, so "extend by 5"
 * after the bell means five more minutes, not five minutes minus the overrun.
 */
export function extendTimer(timer: TimerState, minutes: number, now: number): TimerState {
  const ms = Math.round(minutes * 60_000);
  if (timer.running && timer.endsAt !== null) {
    const remaining = timerRemainingMs(timer, now) + ms;
    return { endsAt: now + remaining, remainingMs: remaining, running: true };
  }
  return { endsAt: null, remainingMs: timer.remainingMs + ms, running: false };
}
