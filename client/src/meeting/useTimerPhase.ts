import { useEffect, useState } from 'react';
import type { TimerState } from '@gapboard/shared';
import { msUntilPhaseChange, timerPhase, type TimerPhase } from './timerPhase';
import { timerRemainingMs } from './timerRemaining';

/** setTimeout's longest delay (about 24.8 days); a longer wait is taken in several steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The phase of the shared timer, re-rendering only when it changes. Unlike `useCountdown`, which
 * ticks for the seconds on display, it schedules a single timeout for the moment a running
 * countdown runs out; every other change of phase comes with new props.
 */
export function useTimerPhase(timer: TimerState | undefined, stepMinutes: number, clockOffsetMs: number): TimerPhase {
  // Bumped by the timeout: the next render reads the clock again and finds the new phase.
  const [wakeUps, setWakeUps] = useState(0);
  const remaining = timer ? timerRemainingMs(timer, Date.now() + clockOffsetMs) : 0;
  const phase = timerPhase(timer, remaining, stepMinutes);

  useEffect(() => {
    const due = msUntilPhaseChange(timer, timer ? timerRemainingMs(timer, Date.now() + clockOffsetMs) : 0);
    if (due === null) return;
    // Woken a little early (a clock adjusted meanwhile), the phase is still `running`, and this
    // effect, run again for the new `wakeUps`, waits for the rest.
    const id = window.setTimeout(() => setWakeUps((n) => n + 1), Math.min(due, MAX_TIMEOUT_MS));
    return () => window.clearTimeout(id);
  }, [timer, clockOffsetMs, wakeUps]);

  return phase;
}
