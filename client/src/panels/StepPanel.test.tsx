// @vitest-environment jsdom
import type { FacilitatorCommand, MeetingState, PlayStep, TimerState } from '@gapboard/shared';
import { analyzeBoard, readBoard } from '@gapboard/shared';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import * as Y from 'yjs';
import type { BoardContext } from '../board/BoardContext';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../meeting/useMeeting';
import { fakeMeeting } from '../meeting/fakeMeeting.testHelper';
import { StepPanel } from './StepPanel';

afterEach(cleanup);

function meetingAt(step: PlayStep, timer: TimerState, sendCommand: (c: FacilitatorCommand) => void): Meeting {
  const state: MeetingState = { step, timer, followMe: false, viewport: null, locked: false, roster: [], serverNow: Date.now() };
  return fakeMeeting({ state, sendCommand });
}

/** The facilitator's step panel; `moveTo` clicks a step and lets the server's answer arrive. */
function setup(step: PlayStep, timer: TimerState) {
  const send = vi.fn<(c: FacilitatorCommand) => void>();
  let meeting = meetingAt(step, timer, send);
  const doc = new Y.Doc();
  const { board, invalid } = readBoard(doc);
  const ctx: BoardContext = { boardId: 'b1', doc, origin: {}, board, analysis: analyzeBoard(board, { now: Date.now(), invalid }), invalid, role: 'facilitator', readOnly: false };
  const panel = () => <StepPanel ctx={ctx} meeting={meeting} following={false} onFollowing={() => {}} onPanel={() => {}} />;
  const view = render(panel());
  const moveTo = (label: string) => {
    fireEvent.click(within(screen.getByTestId('step-panel').querySelector('ol.steps') as HTMLElement).getByRole('button', { name: label }));
    const last = send.mock.calls.at(-1)?.[0];
    if (last?.type === 'set-step') {
      const nextTimer = last.timerMinutes === undefined ? meeting.state!.timer : { endsAt: null, remainingMs: last.timerMinutes * 60_000, running: false };
      meeting = meetingAt(last.step, nextTimer, send);
      view.rerender(panel());
    }
  };
  return { send, moveTo };
}

describe('StepPanel: moving between steps', () => {
  it('leaves a running countdown alone on a misclick to another step and back (audit: 8:38 left became 10:00)', () => {
    const running: TimerState = { endsAt: Date.now() + 518_000, remainingMs: 600_000, running: true };
    const { send, moveTo } = setup('plan', running);
    moveTo('2 Mind the gap');
    expect(screen.getByTestId('timer-kept').textContent).toContain('Still counting from 5 Plan');
    moveTo('5 Plan');
    expect(send.mock.calls).toEqual([[{ type: 'set-step', step: 'mind-the-gap' }], [{ type: 'set-step', step: 'plan' }]]);
    // Back where the timer was started: nothing to explain.
    expect(screen.queryByTestId('timer-kept')).toBeNull();
  });

  it('leaves a paused countdown alone', () => {
    const { send, moveTo } = setup('assessment', { endsAt: null, remainingMs: 283_000, running: false });
    moveTo('4 Root causes');
    expect(send.mock.calls).toEqual([[{ type: 'set-step', step: 'root-causes' }]]);
    expect(screen.getByTestId('timer-kept').textContent).toContain('3 Assessment');
  });

  it("sets a ready, idle or run-out timer to the new step's time", () => {
    const ready = setup('assessment', { endsAt: null, remainingMs: 900_000, running: false });
    ready.moveTo('5 Plan');
    expect(ready.send.mock.calls).toEqual([[{ type: 'set-step', step: 'plan', timerMinutes: 10 }]]);
    expect(screen.queryByTestId('timer-kept')).toBeNull();
    cleanup();

    const done = setup('assessment', { endsAt: Date.now() - 5_000, remainingMs: 900_000, running: true });
    done.moveTo('4 Root causes');
    expect(done.send.mock.calls).toEqual([[{ type: 'set-step', step: 'root-causes', timerMinutes: 15 }]]);
    cleanup();

    const idle = setup('prep', { endsAt: null, remainingMs: 0, running: false });
    idle.moveTo('1 Set the stage');
    expect(idle.send.mock.calls).toEqual([[{ type: 'set-step', step: 'set-the-stage', timerMinutes: 10 }]]);
  });
});
