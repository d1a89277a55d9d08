// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { readBoard, upsertChannel } from '@gapboard/shared';
import { ChannelsEditor } from './ChannelsEditor';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

function open() {
  return renderWithBoard(
    (ctx) => <ChannelsEditor ctx={ctx} />,
    (doc) => {
      upsertChannel(doc, { id: 'c1', name: 'Status page' });
      upsertChannel(doc, { id: 'c2', name: 'Email' });
    },
  );
}

const names = (doc: Parameters<typeof readBoard>[0]) => readBoard(doc).board.channels.map((c) => c.name);

describe('ChannelsEditor', () => {
  it('refuses a second channel with the same name (trimmed, any case) and says why', () => {
    const { doc } = open();
    fireEvent.change(screen.getByLabelText('New channel name'), { target: { value: ' status PAGE ' } });
    fireEvent.click(screen.getByTestId('add-channel'));
    expect(names(doc)).toEqual(['Status page', 'Email']);
    expect(screen.getByRole('alert').textContent).toBe('Not added: there is already a channel named "Status page".');

    // A name of its own is added, and the message goes.
    fireEvent.change(screen.getByLabelText('New channel name'), { target: { value: 'Social media' } });
    fireEvent.click(screen.getByTestId('add-channel'));
    expect(names(doc)).toEqual(['Status page', 'Email', 'Social media']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("refuses to rename a channel to another's name and shows its own name again", () => {
    const { doc } = open();
    const input = screen.getByLabelText('Channel name: Email') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Status Page' } });
    fireEvent.blur(input);
    expect(names(doc)).toEqual(['Status page', 'Email']);
    expect(input.value).toBe('Email');
    expect(screen.getByRole('alert').textContent).toBe('Not renamed to "Status Page": there is already a channel named "Status page".');

    // Its own name in another case is fine.
    fireEvent.blur(Object.assign(screen.getByLabelText('Channel name: Email'), { value: 'email' }));
    expect(names(doc)).toEqual(['Status page', 'email']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
