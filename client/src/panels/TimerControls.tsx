import { useState } from 'react';
import type { FacilitatorCommand, PlayStep, TimerState } from '@gapboard/shared';
import { formatCountdown } from '../meeting/timerRemaining';
import { timerControls } from '../meeting/timerPhase';
import { useTimerPhase } from '../meeting/useTimerPhase';

export interface TimerControlsProps {
  timer: TimerState | undefined;
  step: PlayStep;
  /** The current step's suggested minutes (what "Start" runs). */
  stepMinutes: number;
  clockOffsetMs: number;
  disabled: boolean;
  send(command: FacilitatorCommand): void;
}

/**
 * The facilitator's timer buttons: one main action for where the countdown stands (start,
 * pause or resume), +2 min, and "restart", which asks before throwing away the time counted.
 */
export function TimerControls({ timer, step, stepMinutes, clockOffsetMs, disabled, send }: TimerControlsProps) {
  // Only the phase matters here (the seconds are TimerDisplay's): no re-render every tick.
  const { main, restart } = timerControls(useTimerPhase(timer, stepMinutes, clockOffsetMs), stepMinutes);
  // The question belongs to the timer as it was when asked: any change (a step, a pause, an
  // extension) drops it rather than confirming a restart of something else.
  const asked = `${step}|${timer?.running}|${timer?.endsAt}|${timer?.remainingMs}`;
  const [askingFor, setAskingFor] = useState<string | null>(null);

  if (restart && askingFor === asked) {
    return (
      <div className="row timer-confirm" role="group" aria-label="Restart the timer?">
        <span>Restart at {formatCountdown(stepMinutes * 60_000)} for everyone? The time left is lost.</span>
        <button
          data-testid="timer-restart-confirm"
          disabled={disabled}
          onClick={() => {
            setAskingFor(null);
            send(restart.command);
          }}
        >
          Restart
        </button>
        <button className="secondary" data-testid="timer-restart-cancel" autoFocus onClick={() => setAskingFor(null)}>
          Keep the timer
        </button>
      </div>
    );
  }
  return (
    <div className="row">
      <button data-testid={main.testId} disabled={disabled} onClick={() => send(main.command)}>
        {main.label}
      </button>
      <button className="secondary" data-testid="timer-extend" disabled={disabled} onClick={() => send({ type: 'timer-extend', minutes: 2 })}>
        +2 min
      </button>
      {restart && (
        <button className="secondary" data-testid="timer-restart" disabled={disabled} onClick={() => setAskingFor(asked)}>
          {restart.label}
        </button>
      )}
    </div>
  );
}
