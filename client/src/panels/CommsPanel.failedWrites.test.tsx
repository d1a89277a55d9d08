// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type * as Y from 'yjs';
import { deleteEntity, readBoard, setMeta, upsertChannel, upsertComm } from '@gapboard/shared';
import { CommsPanel } from './CommsPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

const START = Date.parse('2026-03-04T09:00:00Z');
const TYPED = 'Investigating elevated checkout errors';
const DELETED = 'Someone deleted this comm while you were editing it — your text was not saved.';

/** Aisha's Comms panel: two channels, three comms (09:20 and 10:40 on the status page, 10:00 by email). */
function open() {
  return renderWithBoard(
    (ctx) => <CommsPanel ctx={ctx} />,
    (doc) => {
      setMeta(doc, { startedAt: START, resolvedAt: START + 3 * 60 * 60_000, timeZone: 'UTC' });
      upsertChannel(doc, { id: 'c1', name: 'Status page' });
      upsertChannel(doc, { id: 'c2', name: 'Email' });
      upsertComm(doc, { id: 'm1', channelId: 'c1', at: START + 20 * 60_000, sender: 'Ana', summary: 'Investigating' });
      upsertComm(doc, { id: 'm2', channelId: 'c2', at: START + 60 * 60_000, sender: 'Support', summary: 'We are looking into it' });
      upsertComm(doc, { id: 'm3', channelId: 'c1', at: START + 100 * 60_000, sender: 'Ana', summary: 'Fix deployed' });
    },
  );
}

/** Opens the editor of the comm at 09:20 and types a new message in it. */
function editFirstComm(message = TYPED) {
  fireEvent.click(screen.getByRole('button', { name: 'Edit the comm of 4 Mar, 09:20' }));
  fireEvent.change(screen.getByLabelText('Message'), { target: { value: message } });
}

/** The table's body rows, as what they are: a comm's time, the open editor, or a notice. */
const tableRows = () =>
  Array.from(document.querySelectorAll('[data-testid="comms-table"] tbody > tr')).map((tr) =>
    tr.querySelector('[data-testid="lost-edit"]') ? 'notice' : tr.querySelector('[data-testid="comm-editor"]') ? 'editor' : (tr.querySelector('time')?.textContent ?? '?'),
  );

const comms = (doc: Y.Doc) => readBoard(doc).board.comms.map((c) => ({ at: c.at, channelId: c.channelId, summary: c.summary }));

function expectNoInternalText() {
  expect(document.body.textContent).not.toMatch(/no such entry|comms\.m\d|unknown channel/);
}

describe('CommsPanel when someone deletes what is being edited', () => {
  it('Jonas deletes the comm Aisha is editing: a notice in its place keeps her words, and adds them back as a new comm', () => {
    const { remote, doc } = open();
    editFirstComm();
    remote((peer) => deleteEntity(peer, 'comms', 'm1'));

    expect(tableRows()).toEqual(['notice', '10:00', '10:40']);
    const notice = screen.getByTestId('lost-edit');
    expect(within(notice).getByRole('alert').textContent).toBe(DELETED);
    expect((within(notice).getByLabelText('Your message (not saved)') as HTMLTextAreaElement).value).toBe(TYPED);
    expect(screen.queryByTestId('comm-editor')).toBeNull();
    expectNoInternalText();

    // The way on: the words become a new comm (same time and channel), after a look at the form.
    fireEvent.click(within(notice).getByRole('button', { name: 'Add it as a new comm' }));
    expect(screen.queryByTestId('lost-edit')).toBeNull();
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe(TYPED);
    fireEvent.click(screen.getByTestId('save-comm'));
    expect(comms(doc)).toContainEqual({ at: START + 20 * 60_000, channelId: 'c1', summary: TYPED });
    expect(comms(doc)).toHaveLength(3);
  });

  it('a Save that meets the deletion before the panel has drawn it is told in words, then the notice keeps the words', () => {
    const { remoteUnseen, catchUp, doc } = open();
    editFirstComm();
    remoteUnseen((peer) => deleteEntity(peer, 'comms', 'm1'));
    fireEvent.click(screen.getByTestId('save-comm'));

    // Beside the Save button that failed, not above the table.
    expect(within(screen.getByTestId('comm-editor')).getByRole('alert').textContent).toBe(DELETED);
    expectNoInternalText();

    catchUp();
    expect(tableRows()).toEqual(['notice', '10:00', '10:40']);
    expect((screen.getByLabelText('Your message (not saved)') as HTMLTextAreaElement).value).toBe(TYPED);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(comms(doc).map((c) => c.summary)).toEqual(['We are looking into it', 'Fix deployed']);
  });

  it('an edit kept with Escape is not dropped when its comm is deleted later', () => {
    const { remote } = open();
    editFirstComm();
    fireEvent.keyDown(screen.getByLabelText('Message'), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Resume your unsaved edit of the comm of 4 Mar, 09:20' })).toBeTruthy();

    remote((peer) => deleteEntity(peer, 'comms', 'm1'));
    expect(tableRows()).toEqual(['notice', '10:00', '10:40']);
    expect((screen.getByLabelText('Your message (not saved)') as HTMLTextAreaElement).value).toBe(TYPED);
  });

  it('deleting the channel takes the comm being edited with it: the words stay, and go back on a channel that is left', () => {
    const { remote, doc } = open();
    editFirstComm();
    remote((peer) => deleteEntity(peer, 'channels', 'c1'));

    expect(tableRows()).toEqual(['notice', '10:00']);
    fireEvent.click(screen.getByRole('button', { name: 'Add it as a new comm' }));
    fireEvent.click(screen.getByTestId('save-comm'));
    expect(comms(doc)).toContainEqual({ at: START + 20 * 60_000, channelId: 'c2', summary: TYPED });
  });

  it('a comm opened but not changed: says it went, with nothing to copy', () => {
    const { remote } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the comm of 4 Mar, 09:20' }));
    remote((peer) => deleteEntity(peer, 'comms', 'm1'));
    const notice = screen.getByTestId('lost-edit');
    expect(within(notice).getByRole('alert').textContent).toBe('Someone deleted this comm while you had it open (you had not changed anything).');
    expect(within(notice).queryByRole('textbox')).toBeNull();
  });

  it('a new comm whose channel was deleted just before Save: told beside Save, the form keeps its words', () => {
    const { remoteUnseen, catchUp, doc } = open();
    fireEvent.click(screen.getByTestId('add-comm'));
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Resolved' } });
    remoteUnseen((peer) => deleteEntity(peer, 'channels', 'c1'));
    fireEvent.click(screen.getByTestId('save-comm'));
    catchUp();

    const editor = screen.getByTestId('comm-editor');
    expect(within(editor).getByRole('alert').textContent).toBe('Someone deleted the channel you picked — nothing was saved. Pick another channel, then save again.');
    expect((within(editor).getByLabelText('Message') as HTMLTextAreaElement).value).toBe('Resolved');
    expect(comms(doc)).toHaveLength(1);
    expectNoInternalText();
  });

  it('a comm whose form was closed by opening another is not said to be deleted "while you had it open"', () => {
    const { remote } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the comm of 4 Mar, 09:20' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit the comm of 4 Mar, 10:40' }));
    remote((peer) => deleteEntity(peer, 'comms', 'm1'));
    expect(screen.queryByTestId('lost-edit')).toBeNull();
    expect(tableRows()).toEqual(['10:00', 'editor']);
  });
});
