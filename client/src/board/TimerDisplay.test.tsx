// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TimerDisplay } from './TimerDisplay';

afterEach(cleanup);

/** What a stopped timer with `remainingMs` left shows and says during a 15-minute step. */
function shownStopped(remainingMs: number) {
  render(<TimerDisplay timer={{ endsAt: null, remainingMs, running: false }} stepMinutes={15} clockOffsetMs={0} />);
  const timer = screen.getByTestId('timer');
  const result = { shown: timer.textContent?.replace(timer.querySelector('[aria-live]')?.textContent ?? '', ''), spoken: timer.querySelector('[aria-live]')?.textContent };
  cleanup();
  return result;
}

describe('TimerDisplay', () => {
  it("tells the step's full time, ready to start, from a countdown paused part-way", () => {
    expect(shownStopped(900_000)).toEqual({ shown: '15:00 ready', spoken: '15 minutes, ready to start' });
    expect(shownStopped(283_000)).toEqual({ shown: '4:43 paused', spoken: '5 minutes left, paused' });
  });
});
