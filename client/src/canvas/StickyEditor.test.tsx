// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StickyEditor, type StickyEditorProps } from './StickyEditor';

function renderEditor(storedText = '', extra: Partial<StickyEditorProps> = {}) {
  const onDone = vi.fn<StickyEditorProps['onDone']>();
  const props = (stored: string): StickyEditorProps => ({
    left: 0,
    top: 0,
    width: 150,
    height: 80,
    fontSize: 14,
    background: '#ffd166',
    storedText: stored,
    label: 'Issue sticky text',
    onDone,
    ...extra,
  });
  const { rerender } = render(<StickyEditor {...props(storedText)} />);
  return {
    onDone,
    field: screen.getByLabelText('Issue sticky text') as HTMLTextAreaElement,
    /** Someone else saved the sticky: the canvas re-renders the editor with the new stored text. */
    remoteSave: (text: string) => rerender(<StickyEditor {...props(text)} />),
  };
}

afterEach(cleanup);

describe('StickyEditor', () => {
  it('Escape ends editing and keeps the typed sentence', () => {
    const { onDone, field } = renderEditor();
    fireEvent.change(field, { target: { value: 'No status page update for an hour' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ base: '', mine: 'No status page update for an hour' });
  });

  it('Escape on an existing sticky keeps the edited text, not the old one', () => {
    const { onDone, field } = renderEditor('Old wording');
    fireEvent.change(field, { target: { value: 'New wording' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ base: 'Old wording', mine: 'New wording' });
  });

  it('reports once: the blur that follows Escape does not report again', () => {
    const { onDone, field } = renderEditor();
    fireEvent.change(field, { target: { value: 'Typed' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    fireEvent.blur(field);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ base: '', mine: 'Typed' });
  });

  it("shows others' saves until its user types, then keeps the draft through two more, with the base it began from", () => {
    const base = 'No status page update for 2 hours.';
    const { onDone, field, remoteSave } = renderEditor('No status page update for 2h.');
    remoteSave(base);
    expect(field.value).toBe(base);

    fireEvent.change(field, { target: { value: `${base} Nobody owned the status page.` } });
    remoteSave(`${base} Support was not told.`);
    remoteSave(`${base} Support was not told. Twitter too.`);
    expect(screen.getByLabelText('Issue sticky text')).toBe(field);
    expect(field.value).toBe(`${base} Nobody owned the status page.`);

    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ base, mine: `${base} Nobody owned the status page.` });
  });

  it('reports the text unchanged (base = mine) when nothing was typed', () => {
    const { onDone, field, remoteSave } = renderEditor('Old');
    remoteSave('Newer, from someone else');
    fireEvent.blur(field);
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ base: 'Newer, from someone else', mine: 'Newer, from someone else' });
  });

  it('stays open with the draft when the save is refused, and reports again on the next try', () => {
    const { onDone, field } = renderEditor('Old');
    onDone.mockReturnValueOnce(false);
    fireEvent.change(field, { target: { value: 'Too long, say' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.value).toBe('Too long, say');
    fireEvent.change(field, { target: { value: 'Shorter' } });
    fireEvent.blur(field);
    expect(onDone.mock.calls).toEqual([[{ base: 'Old', mine: 'Too long, say' }], [{ base: 'Old', mine: 'Shorter' }]]);
  });

  it('says who else is editing the same sticky', () => {
    const { field } = renderEditor('x', { othersEditing: ['Aisha'] });
    const hint = screen.getByTestId('sticky-editing-hint');
    expect(hint.textContent).toBe('Aisha is also editing this sticky: both your words will be kept.');
    expect(field.getAttribute('aria-describedby')).toBe(hint.id);
    cleanup();
    renderEditor('x', { othersEditing: ['Aisha', 'Jonas', 'Lee'] });
    expect(screen.getByTestId('sticky-editing-hint').textContent).toBe('Aisha, Jonas and Lee are also editing this sticky: both your words will be kept.');
    cleanup();
    renderEditor('x');
    expect(screen.queryByTestId('sticky-editing-hint')).toBeNull();
  });

  it('puts the locked-board note under the editor as it has grown, not over the text', () => {
    // A text that needs 160 px: the editor grows to it, and the note goes below that.
    renderEditor('a long text', { top: 100, lockedWhileTyping: true, sizeFor: () => ({ height: 160, fontSize: 12 }) });
    const note = screen.getByTestId('editor-locked-hint');
    expect(note.textContent).toContain('Your text is kept');
    expect(parseFloat(note.style.top)).toBe(100 + 160 + 6);
  });

  it('Jonas deletes the sticky Aisha is typing in: her words stay in the editor, said under it, with Copy and Add it back', () => {
    const onDone = vi.fn<StickyEditorProps['onDone']>();
    const onRestore = vi.fn();
    const onDismiss = vi.fn();
    const props = (deleted: boolean): StickyEditorProps => ({
      left: 40,
      top: 100,
      width: 150,
      height: 80,
      fontSize: 14,
      background: '#ffd166',
      storedText: 'No update',
      label: 'Issue sticky text',
      deleted,
      onDone,
      onRestore,
      onDismiss,
    });
    const { rerender } = render(<StickyEditor {...props(false)} />);
    const field = screen.getByLabelText('Issue sticky text') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: 'No update for 80 minutes' } });

    rerender(<StickyEditor {...props(true)} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Someone deleted this sticky while you were editing it — your text was not saved.');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    // Under the editor, where the typing was, not in a corner of the canvas.
    expect(parseFloat(screen.getByTestId('sticky-editor-note').style.top)).toBe(100 + 80 + 6);
    expect(screen.getByLabelText('Issue sticky text')).toBe(field);
    expect(field.value).toBe('No update for 80 minutes');
    expect(field.readOnly).toBe(true);

    // Leaving the field or pressing Enter saves nothing (there is nothing to save to).
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.blur(field);
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Add it back as a new sticky' }));
    expect(onRestore).toHaveBeenCalledExactlyOnceWith('No update for 80 minutes');
    expect(screen.getByRole('button', { name: 'Copy text' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says a refused save under the editor, in the words it is given, and keeps the draft', () => {
    const { field } = renderEditor('Old', { refusal: 'Not saved: a sticky holds at most 2,000 characters, and with the words others saved meanwhile this is longer. Shorten it, then save again.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Shorten it, then save again.');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('puts the note over the editor when the sticky is low on the canvas, where below it would be cut off', () => {
    renderEditor('Old', { top: 490, height: 60, container: { width: 660, height: 610 }, refusal: 'Not saved: shorten it, then save again.' });
    const note = screen.getByTestId('sticky-editor-note');
    expect(note.style.top).toBe('');
    expect(parseFloat(note.style.bottom)).toBe(610 - (490 - 6));
  });
});
