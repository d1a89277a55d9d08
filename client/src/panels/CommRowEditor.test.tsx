// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CommRowEditor } from './CommRowEditor';

afterEach(cleanup);

const channels = [{ id: 'c1', name: 'Status page' }];
const initial = { at: '2026-03-04T10:00', channelId: 'c1', sender: '', summary: '' };

function open() {
  const onSave = vi.fn(() => true);
  render(<CommRowEditor initial={initial} channels={channels} zone="UTC" onSave={onSave} onCancel={() => {}} onKeep={() => {}} />);
  return onSave;
}

describe('CommRowEditor', () => {
  it('refuses to save a comm without its text: error on the field, focus on it, nothing saved', () => {
    const onSave = open();
    fireEvent.click(screen.getByTestId('save-comm'));
    expect(onSave).not.toHaveBeenCalled();
    const message = screen.getByLabelText('Message');
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(message);
    expect(screen.getByTestId('comm-error').textContent).toBe('enter the message: what customers were told');
    expect(message.getAttribute('aria-describedby')).toBe(screen.getByTestId('comm-error').id);

    // Once the text is there, the error goes and the comm is saved.
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Investigating' } });
    expect(screen.queryByTestId('comm-error')).toBeNull();
    fireEvent.click(screen.getByTestId('save-comm'));
    expect(onSave).toHaveBeenCalledWith({ ...initial, summary: 'Investigating' }, initial);
  });
});
