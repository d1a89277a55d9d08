import type { TimerState } from '@gapboard/shared';
import { formatCountdown } from '../meeting/timerRemaining';
import { timerPhase, type TimerPhase } from '../meeting/timerPhase';
import { useCountdown } from '../meeting/useCountdown';

/** The word shown after a stopped countdown, so nobody mistakes it for a running one. */
const STATE_WORD: Partial<Record<TimerPhase, string>> = { ready: 'ready', paused: 'paused' };

/**
 * The shared timer everyone sees. The visible countdown ticks every second; screen readers get
 * a calmer live region that speaks once a minute and when time is up.
 */
export function TimerDisplay({
  timer,
  stepMinutes,
  clockOffsetMs,
  testId = 'timer',
  announce = true,
}: {
  timer: TimerState | undefined;
  /** The current step's minutes: a stopped timer holding exactly that much is "ready", not "paused". */
  stepMinutes: number;
  clockOffsetMs: number;
  /** The top bar's is `timer`; a second copy needs another id so `timer` stays unique. */
  testId?: string;
  /** Only one copy should speak, or screen readers hear every minute twice. */
  announce?: boolean;
}) {
  const remaining = useCountdown(timer, clockOffsetMs);
  const phase = timerPhase(timer, remaining, stepMinutes);
  const minutesLeft = Math.ceil(remaining / 60_000);
  const minutes = `${minutesLeft} ${minutesLeft === 1 ? 'minute' : 'minutes'}`;
  const spoken = {
    idle: 'Timer not started',
    ready: `${minutes}, ready to start`,
    running: `${minutes} left`,
    paused: `${minutes} left, paused`,
    done: 'Time is up',
  }[phase];
  const word = STATE_WORD[phase];
  return (
    <span className={`timer ${phase}`} data-testid={testId} data-phase={phase}>
      <span aria-hidden="true">{phase === 'idle' ? '–:––' : formatCountdown(remaining)}</span>
      {word && <span className="timer-state"> {word}</span>}
      {announce && (
        <span className="visually-hidden" aria-live="polite" aria-atomic="true">
          {spoken}
        </span>
      )}
    </span>
  );
}
