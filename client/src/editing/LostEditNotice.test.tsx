// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LostEditNotice } from './LostEditNotice';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function show(texts = [{ label: 'Your root cause', text: 'Nobody owned comms' }]) {
  const onDismiss = vi.fn();
  render(<LostEditNotice message="Someone deleted this issue while you were editing it — your text was not saved." texts={texts} onDismiss={onDismiss} />);
  return { onDismiss };
}

/** Clicks a button whose handler awaits the clipboard. */
async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

describe('LostEditNotice', () => {
  it('copies the words typed (each labelled when there are several)', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    show([
      { label: 'Action', text: 'Write holding-update templates' },
      { label: 'Owner', text: 'Ana' },
    ]);
    await press('Copy all');
    expect(writeText).toHaveBeenCalledWith('Action: Write holding-update templates\nOwner: Ana');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('without a clipboard, selects the words for Ctrl+C instead', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    show();
    await press('Copy text');
    const field = screen.getByLabelText('Your root cause (not saved)') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('Nobody owned comms');
    expect(screen.getByText('Selected: press Ctrl+C (⌘C) to copy.')).toBeTruthy();
  });

  it('goes only when dismissed', () => {
    const { onDismiss } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
