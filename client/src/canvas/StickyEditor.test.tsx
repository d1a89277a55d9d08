// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StickyEditor } from './StickyEditor';

function renderEditor(initialText = '') {
  const onDone = vi.fn();
  render(
    <StickyEditor left={0} top={0} width={150} height={80} fontSize={14} background="#ffd166" initialText={initialText} label="Issue sticky text" onDone={onDone} />,
  );
  return { onDone, field: screen.getByLabelText('Issue sticky text') as HTMLTextAreaElement };
}

afterEach(cleanup);

describe('StickyEditor', () => {
  it('Escape ends editing and keeps the typed sentence', () => {
    const { onDone, field } = renderEditor();
    fireEvent.change(field, { target: { value: 'No status page update for an hour' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledExactlyOnceWith('No status page update for an hour');
  });

  it('Escape on an existing sticky keeps the edited text, not the old one', () => {
    const { onDone, field } = renderEditor('Old wording');
    fireEvent.change(field, { target: { value: 'New wording' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledExactlyOnceWith('New wording');
  });

  it('reports once: the blur that follows Escape does not report again', () => {
    const { onDone, field } = renderEditor();
    fireEvent.change(field, { target: { value: 'Typed' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    fireEvent.blur(field);
    expect(onDone).toHaveBeenCalledExactlyOnceWith('Typed');
  });
});
