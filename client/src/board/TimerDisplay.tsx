import type { TimerState } from '@gapboard/shared';
import { formatCountdown } from '../meeting/timerRemaining';
import { useCountdown } from '../meeting/useCountdown';

/**
 * The shared timer everyone sees. The visible countdown ticks every second; screen readers get
 * a calmer live region that speaks once a minute and when time is up.
 */
export function TimerDisplay({
  timer,
  clockOffsetMs,
  testId = 'timer',
  announce = true,
}: {
  timer: TimerState | undefined;
  clockOffsetMs: number;
  /** The top bar's is `timer`; a second copy needs another id so `timer` stays unique. */
  testId?: string;
  /** Only one copy should speak, or screen readers hear every minute twice. */
  announce?: boolean;
}) {
  const remaining = useCountdown(timer, clockOffsetMs);
  const started = timer !== undefined && (timer.running || timer.remainingMs > 0);
  const done = started && timer?.running && remaining === 0;
  const minutesLeft = Math.ceil(remaining / 60_000);
  const spoken = !started
    ? 'Timer not started'
    : done
      ? 'Time is up'
      : `${minutesLeft} ${minutesLeft === 1 ? 'minute' : 'minutes'} left${timer?.running ? '' : ', paused'}`;
  return (
    <span className={`timer${done ? ' done' : ''}${timer && !timer.running && started ? ' paused' : ''}`} data-testid={testId}>
      <span aria-hidden="true">{started ? formatCountdown(remaining) : '–:––'}</span>
      {timer && !timer.running && started && <span className="timer-state"> paused</span>}
      {announce && (
        <span className="visually-hidden" aria-live="polite" aria-atomic="true">
          {spoken}
        </span>
      )}
    </span>
  );
}
