import type { FacilitatorCommand, TimerState } from '@gapboard/shared';

/**
 * Where the shared countdown stands:
 * - `idle`: never started (or stopped with nothing left);
 * - `ready`: stopped with exactly the current step's full time, as a step change leaves it;
 * - `running`, `paused`: counting down, or frozen part-way;
 * - `done`: ran out (it stays "running" at 0:00 until the facilitator acts).
 */
export type TimerPhase = 'idle' | 'ready' | 'running' | 'paused' | 'done';

/**
 * The phase of `timer` with `remainingMs` left (see `timerRemainingMs`) during a step of
 * `stepMinutes`. "Ready" is told from "paused" by the full step time: a countdown paused
 * part-way practically never stops on that exact millisecond, and if it does, "ready" is true.
 */
export function timerPhase(timer: TimerState | undefined, remainingMs: number, stepMinutes: number): TimerPhase {
  if (!timer) return 'idle';
  if (timer.running) return remainingMs > 0 ? 'running' : 'done';
  if (remainingMs <= 0) return 'idle';
  return remainingMs === Math.round(stepMinutes * 60_000) ? 'ready' : 'paused';
}

/**
 * Milliseconds until the phase of `timer` changes by itself, with `remainingMs` left: only a
 * running countdown moves on its own (to `done`, when it runs out); any other phase changes
 * only when the timer state or the step does. Null when nothing is due.
 */
export function msUntilPhaseChange(timer: TimerState | undefined, remainingMs: number): number | null {
  return timer?.running && remainingMs > 0 ? remainingMs : null;
}

/** One timer button: what it sends, what it says, and its stable test id. */
export interface TimerAction {
  readonly command: FacilitatorCommand;
  readonly label: string;
  readonly testId: string;
}

/** The facilitator's timer buttons in a phase. */
export interface TimerControlSet {
  /** The one thing to do next: start, pause or resume. */
  readonly main: TimerAction;
  /**
   * Starting the step's time over, offered only while time already counted would be lost
   * (running or paused); the button asks before it sends.
   */
  readonly restart: TimerAction | null;
}

/**
 * Which timer buttons the facilitator gets. While the countdown runs the main button pauses it:
 * restarting from the full time throws away the time counted so far, so it is a secondary
 * action that asks first, never the button a facilitator reaches for.
 */
export function timerControls(phase: TimerPhase, stepMinutes: number): TimerControlSet {
  const start: TimerAction = {
    command: { type: 'timer-start', minutes: stepMinutes },
    label: `Start ${stepMinutes} min`,
    testId: 'timer-start',
  };
  const restart: TimerAction = { ...start, label: `Restart ${stepMinutes} min…`, testId: 'timer-restart' };
  switch (phase) {
    case 'running':
      return { main: { command: { type: 'timer-pause' }, label: 'Pause', testId: 'timer-pause' }, restart };
    case 'paused':
      return { main: { command: { type: 'timer-resume' }, label: 'Resume', testId: 'timer-resume' }, restart };
    case 'idle':
    case 'ready':
    case 'done':
      return { main: start, restart: null };
  }
}
