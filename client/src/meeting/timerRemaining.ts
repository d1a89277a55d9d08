import type { TimerState } from '@gapboard/shared';

/** Milliseconds left on the shared timer at `now` (server clock); 0 once it ran out. */
export function timerRemainingMs(timer: TimerState, now: number): number {
  if (timer.running && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return Math.max(0, timer.remainingMs);
}

/** `m:ss` (or `h:mm:ss` past an hour), rounding up so 0:00 means time is really up. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
