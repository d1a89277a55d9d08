// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { patchEntity, readBoard, upsertChannel, upsertComm } from '@gapboard/shared';
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

  it("refuses to rename a channel to another's name, and keeps what was typed to be fixed", () => {
    const { doc } = open();
    const input = screen.getByLabelText('Channel name: Email') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Status Page' } });
    fireEvent.blur(input);
    expect(names(doc)).toEqual(['Status page', 'Email']);
    expect(input.value).toBe('Status Page');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Not renamed to "Status Page": there is already a channel named "Status page".');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);

    // Its own name in another case is fine.
    fireEvent.blur(Object.assign(screen.getByLabelText('Channel name: Email'), { value: 'email' }));
    expect(names(doc)).toEqual(['Status page', 'email']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the refusal away as soon as the refused name is edited, keeping the words typed', () => {
    const { doc } = open();
    const input = screen.getByLabelText('Channel name: Email') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Status page' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert')).toBeTruthy();

    // Typing on (no blur yet, no other channel action): the message goes, the text stays.
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Status page EU' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.value).toBe('Status page EU');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    fireEvent.blur(input);
    expect(names(doc)).toEqual(['Status page', 'Status page EU']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes back to the channel name with Escape, and a message on one field is not cleared by another', () => {
    const { doc } = open();
    const email = screen.getByLabelText('Channel name: Email') as HTMLInputElement;
    fireEvent.change(email, { target: { value: 'status page' } });
    fireEvent.blur(email);
    // Typing a new channel's name leaves the rename's message in place.
    fireEvent.change(screen.getByLabelText('New channel name'), { target: { value: 'Social' } });
    expect(screen.getByRole('alert').textContent).toContain('Not renamed to "status page"');

    fireEvent.keyDown(email, { key: 'Escape' });
    expect(email.value).toBe('Email');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(email);
    expect(names(doc)).toEqual(['Status page', 'Email']);
  });

  it("shows each channel's count in an element of its own (the CSS keeps it on one line)", () => {
    open();
    expect([...document.querySelectorAll('.channel-count')].map((e) => e.textContent)).toEqual(['0 updates', '0 updates']);
  });

  it('keeps a rename being typed while someone else renames the same channel, then merges both', () => {
    const { doc, remote } = open();
    const input = screen.getByLabelText('Channel name: Status page') as HTMLInputElement;
    input.focus();
    fireEvent.change(input, { target: { value: 'Status page (public)' } });
    remote((peer) => patchEntity(peer, 'channels', 'c1', { name: 'Atlassian Status page' }));
    remote((peer) => upsertComm(peer, { id: 'm1', channelId: 'c1', at: 1000, summary: 'Investigating' }));
    expect(screen.getByLabelText('Channel name: Atlassian Status page')).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('Status page (public)');
    fireEvent.blur(input);
    expect(names(doc)).toEqual(['Atlassian Status page (public)', 'Email']);
    expect(input.value).toBe('Atlassian Status page (public)');
  });

  it('says a refused rename under that channel’s own field, not below the list', () => {
    open();
    const input = screen.getByLabelText('Channel name: Status page') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'Email' } });
    fireEvent.blur(input);
    expect(input.closest('li')?.contains(screen.getByRole('alert'))).toBe(true);
  });

  it('a channel deleted while it is renamed here: the name typed stays in its place, to copy', () => {
    const { remote } = open();
    const input = screen.getByLabelText('Channel name: Status page') as HTMLInputElement;
    input.focus();
    fireEvent.change(input, { target: { value: 'Status page (public)' } });
    remote((peer) => peer.getMap('channels').delete('c1'));

    const [first, second] = Array.from(document.querySelectorAll('.channel-list > li'));
    const notice = within(first as HTMLElement).getByTestId('lost-edit');
    expect(within(notice).getByRole('alert').textContent).toBe('Someone deleted this channel while you were editing it — your text was not saved.');
    expect((within(notice).getByLabelText('Your name for it (not saved)') as HTMLTextAreaElement).value).toBe('Status page (public)');
    expect(within(second as HTMLElement).getByLabelText('Channel name: Email')).toBeTruthy();
  });
});
