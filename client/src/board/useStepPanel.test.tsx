// @vitest-environment jsdom
import type { PlayStep } from '@gapboard/shared';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isTypingInPanel, useStepPanel } from './useStepPanel';

afterEach(cleanup);

function Harness({ step, follow = true }: { step: PlayStep; follow?: boolean }) {
  const s = useStepPanel(step, follow);
  return (
    <>
      <aside className="side">
        <span data-testid="panel">{s.panel}</span>
        <input aria-label="Root cause" />
        <input type="checkbox" aria-label="Follow" />
        <button>Save</button>
        <button onClick={() => s.choosePanel('comms')}>Comms tab</button>
        {s.waitingStep && <button onClick={s.goToStep}>Go there ({s.waitingStep})</button>}
      </aside>
      <div tabIndex={-1} data-testid="canvas" />
    </>
  );
}

const shown = () => screen.getByTestId('panel').textContent;
const focus = (el: HTMLElement) => act(() => el.focus());

describe('useStepPanel', () => {
  it("opens each step's panel as the facilitator moves on", () => {
    const view = render(<Harness step="root-causes" />);
    expect(shown()).toBe('rootcauses');
    view.rerender(<Harness step="plan" />);
    expect(shown()).toBe('plan');
    view.rerender(<Harness step="assessment" />);
    expect(shown()).toBe('step');
  });

  it('keeps the panel of someone typing in it, offers to go, and goes once they act outside the panels', () => {
    const view = render(<Harness step="root-causes" />);
    focus(screen.getByLabelText('Root cause'));
    view.rerender(<Harness step="plan" />);
    expect(shown()).toBe('rootcauses');
    expect(document.activeElement).toBe(screen.getByLabelText('Root cause'));
    expect(screen.getByRole('button', { name: 'Go there (plan)' })).toBeTruthy();

    // Their Save button (or the next field) is still the panel: it must not vanish under the click.
    focus(screen.getByRole('button', { name: 'Save' }));
    expect(shown()).toBe('rootcauses');

    focus(screen.getByTestId('canvas'));
    expect(shown()).toBe('plan');
    expect(screen.queryByRole('button', { name: /Go there/ })).toBeNull();
  });

  it('goes at once with "Go there", and follows the latest step', () => {
    const view = render(<Harness step="root-causes" />);
    focus(screen.getByLabelText('Root cause'));
    view.rerender(<Harness step="plan" />);
    view.rerender(<Harness step="mind-the-gap" />);
    fireEvent.click(screen.getByRole('button', { name: 'Go there (mind-the-gap)' }));
    expect(shown()).toBe('gaps');
  });

  it('drops the offer when the facilitator comes back to this panel, or the user picks one', () => {
    const view = render(<Harness step="root-causes" />);
    focus(screen.getByLabelText('Root cause'));
    view.rerender(<Harness step="plan" />);
    view.rerender(<Harness step="root-causes" />);
    expect(screen.queryByRole('button', { name: /Go there/ })).toBeNull();

    view.rerender(<Harness step="plan" />);
    fireEvent.click(screen.getByRole('button', { name: 'Comms tab' }));
    expect(shown()).toBe('comms');
    expect(screen.queryByRole('button', { name: /Go there/ })).toBeNull();
  });

  it('a press outside the panels on something that takes no focus also goes', () => {
    const view = render(<Harness step="root-causes" />);
    focus(screen.getByLabelText('Root cause'));
    view.rerender(<Harness step="plan" />);
    fireEvent.pointerDown(document.body);
    expect(shown()).toBe('plan');
  });

  it('does not wait for a focused checkbox (nothing typed there)', () => {
    const view = render(<Harness step="root-causes" />);
    focus(screen.getByLabelText('Follow'));
    view.rerender(<Harness step="plan" />);
    expect(shown()).toBe('plan');
  });

  it('stays put when not following', () => {
    const view = render(<Harness step="root-causes" follow={false} />);
    expect(shown()).toBe('step');
    view.rerender(<Harness step="plan" follow={false} />);
    expect(shown()).toBe('step');
  });
});

describe('isTypingInPanel', () => {
  it('is a text field inside the side panels only', () => {
    const side = document.createElement('aside');
    side.className = 'side';
    const area = document.createElement('textarea');
    const date = Object.assign(document.createElement('input'), { type: 'date' });
    const radio = Object.assign(document.createElement('input'), { type: 'radio' });
    side.append(area, date, radio);
    const outside = document.createElement('input');
    document.body.append(side, outside);
    expect([area, date, radio, outside, null].map(isTypingInPanel)).toEqual([true, true, false, false, false]);
    side.remove();
    outside.remove();
  });
});
