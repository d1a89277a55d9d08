// @vitest-environment jsdom
import type { FacilitatorCommand, TimerState } from '@gapboard/shared';
import { Profiler } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimerControls } from './TimerControls';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const runningFor = (ms: number): TimerState => ({ endsAt: Date.now() + ms, remainingMs: 600_000, running: true });
const stopped = (ms: number): TimerState => ({ endsAt: null, remainingMs: ms, running: false });

function setup(timer: TimerState, stepMinutes = 10) {
  const send = vi.fn<(command: FacilitatorCommand) => void>();
  const props = { step: 'set-the-stage' as const, stepMinutes, clockOffsetMs: 0, disabled: false, send };
  const view = render(<TimerControls {...props} timer={timer} />);
  return { send, rerender: (next: TimerState) => view.rerender(<TimerControls {...props} timer={next} />) };
}

describe('TimerControls', () => {
  it('makes pausing the main action while the timer runs, and restarting one that asks first', () => {
    const { send } = setup(runningFor(283_000));
    expect(screen.queryByRole('button', { name: 'Start 10 min' })).toBeNull();
    expect(screen.getAllByRole('button')[0]?.textContent).toBe('Pause');

    fireEvent.click(screen.getByTestId('timer-restart'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Restart the timer?' }).textContent).toContain('Restart at 10:00 for everyone?');

    fireEvent.click(screen.getByTestId('timer-restart-cancel'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('timer-pause')).toBeTruthy();

    fireEvent.click(screen.getByTestId('timer-restart'));
    fireEvent.click(screen.getByTestId('timer-restart-confirm'));
    expect(send.mock.calls).toEqual([[{ type: 'timer-start', minutes: 10 }]]);
  });

  it('pauses with the main button', () => {
    const { send } = setup(runningFor(283_000));
    fireEvent.click(screen.getByTestId('timer-pause'));
    expect(send.mock.calls).toEqual([[{ type: 'timer-pause' }]]);
  });

  it('resumes a paused timer with the main button; restarting still asks', () => {
    const { send } = setup(stopped(283_000));
    expect(screen.getAllByRole('button')[0]?.textContent).toBe('Resume');
    fireEvent.click(screen.getByTestId('timer-resume'));
    expect(send.mock.calls).toEqual([[{ type: 'timer-resume' }]]);
    expect(screen.getByTestId('timer-restart')).toBeTruthy();
  });

  it("offers the step's time as a plain start when the timer is ready (after a step change)", () => {
    const { send } = setup(stopped(900_000), 15);
    expect(screen.queryByTestId('timer-restart')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start 15 min' }));
    expect(send.mock.calls).toEqual([[{ type: 'timer-start', minutes: 15 }]]);
  });

  it('drops an open restart question when the timer changes meanwhile', () => {
    const { send, rerender } = setup(runningFor(283_000));
    fireEvent.click(screen.getByTestId('timer-restart'));
    rerender(stopped(280_000));
    expect(screen.queryByTestId('timer-restart-confirm')).toBeNull();
    expect(screen.getByTestId('timer-resume')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('renders again only when the phase changes: not every second while running, once when time runs out', () => {
    vi.useFakeTimers();
    let renders = 0;
    const props = { step: 'set-the-stage' as const, stepMinutes: 10, clockOffsetMs: 0, disabled: false, send: vi.fn() };
    render(
      <Profiler id="timer-controls" onRender={() => (renders += 1)}>
        <TimerControls {...props} timer={runningFor(90_000)} />
      </Profiler>,
    );
    expect(renders).toBe(1);

    for (let second = 1; second < 90; second += 1) act(() => vi.advanceTimersByTime(1_000));
    expect(renders).toBe(1);
    expect(screen.getByTestId('timer-pause')).toBeTruthy();

    act(() => vi.advanceTimersByTime(1_000));
    expect(renders).toBe(2);
    expect(screen.queryByTestId('timer-pause')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start 10 min' })).toBeTruthy();
    expect(screen.queryByTestId('timer-restart')).toBeNull();

    // Done is final until the facilitator acts: nothing more is scheduled.
    act(() => vi.advanceTimersByTime(600_000));
    expect(renders).toBe(2);
  });

  it("reads the phase on the server's clock", () => {
    vi.useFakeTimers();
    // Ends in 5 s by this device's clock, but the server's clock is 6 s ahead: already over.
    render(<TimerControls step="set-the-stage" stepMinutes={10} clockOffsetMs={6_000} disabled={false} send={vi.fn()} timer={runningFor(5_000)} />);
    expect(screen.getByTestId('timer-start')).toBeTruthy();
  });
});
