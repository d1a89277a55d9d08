// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NamePrompt } from './NamePrompt';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(cleanup);

describe('NamePrompt', () => {
  it("is an editor's way onto the board: no way round it, and the button joins", () => {
    const onName = vi.fn();
    render(<NamePrompt color="#1f77b4" onName={onName} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Display name'), { target: { value: '  Ana ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join the board' }));
    expect(onName).toHaveBeenCalledWith('Ana');
  });

  it('saves a name for someone already on the board (a viewer giving one), who may cancel', () => {
    const onName = vi.fn();
    const onCancel = vi.fn();
    render(<NamePrompt color="#1f77b4" onName={onName} onCancel={onCancel} />);
    expect(screen.queryByRole('button', { name: 'Join the board' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByLabelText('Display name'), { target: { value: 'Val' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(onName).toHaveBeenCalledWith('Val');
  });
});
