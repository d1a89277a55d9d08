import { useEffect, useState } from 'react';
import type { TimerState } from '@gapboard/shared';
import { timerRemainingMs } from './timerRemaining';

/** Remaining ms of the shared timer, re-rendering every 250 ms while it runs. */
export function useCountdown(timer: TimerState | undefined, clockOffsetMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [running]);
  return timer ? timerRemainingMs(timer, now + clockOffsetMs) : 0;
}
