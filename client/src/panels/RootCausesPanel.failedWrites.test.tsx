// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { patchEntity, readBoard, upsertSticky } from '@gapboard/shared';
import { RootCausesPanel } from './RootCausesPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

const TYPED = 'Nobody owned customer comms';
const DELETED = 'Someone deleted this issue while you were editing it — your text was not saved.';

/** Aisha's panel on a board with two issues (and, with `withRootCauseSticky`, a root-cause sticky). */
function open({ withRootCauseSticky = false } = {}) {
  return renderWithBoard(
    (ctx) => <RootCausesPanel ctx={ctx} />,
    (doc) => {
      upsertSticky(doc, { id: 's1', kind: 'issue', text: 'No update for 4 hours', x: 0, y: 0 });
      upsertSticky(doc, { id: 's2', kind: 'issue', text: 'Error page sent people to the portal', x: 0, y: 200 });
      if (withRootCauseSticky) upsertSticky(doc, { id: 'r1', kind: 'root-cause', text: 'No holding-update template', x: 10, y: 10 });
    },
  );
}

const deleteS1 = (peer: Parameters<typeof readBoard>[0]) => peer.getMap('stickies').delete('s1');

/** The list items under "Issues": issue rows and notices, in order. */
const issueListItems = () => Array.from(document.querySelectorAll('.issue-list > li'));

/** Nothing on screen shows the document helpers' own words. */
function expectNoInternalText() {
  expect(document.body.textContent).not.toMatch(/no such entry|stickies\.s\d|Too big/);
}

describe('RootCausesPanel when a write fails', () => {
  it('Jonas deletes the issue Aisha is typing a root cause for: her words stay in its place, to copy, and the rest is the board as it is', () => {
    const { remote } = open();
    const field = document.getElementById('rc-s1') as HTMLInputElement;
    field.focus();
    fireEvent.change(field, { target: { value: TYPED } });

    remote(deleteS1);

    // The notice takes the deleted issue's place, above the issue that followed it.
    const [first, second] = issueListItems();
    const notice = within(first as HTMLElement).getByTestId('lost-edit');
    expect(within(notice).getByRole('alert').textContent).toBe(DELETED);
    expect(notice.textContent).toContain('Issue: No update for 4 hours');
    const kept = within(notice).getByLabelText('Your root cause (not saved)') as HTMLTextAreaElement;
    expect(kept.value).toBe(TYPED);
    expect(kept.readOnly).toBe(true);
    expect(second?.getAttribute('data-testid')).toBe('issue-row');
    expect(screen.getAllByTestId('issue-row')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Issues (1)' })).toBeTruthy();
    expectNoInternalText();

    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('lost-edit')).toBeNull();
  });

  it('a save that meets the deletion before the panel has drawn it is told the same way, never as "stickies.s1: no such entry"', () => {
    const { remoteUnseen, catchUp, doc } = open();
    const field = document.getElementById('rc-s1') as HTMLInputElement;
    field.focus();
    fireEvent.change(field, { target: { value: TYPED } });

    remoteUnseen(deleteS1);
    fireEvent.keyDown(field, { key: 'Enter' }); // blurs: the save fails, the issue is gone
    expect(screen.getByRole('alert').textContent).toBe(DELETED);
    expectNoInternalText();

    catchUp();
    const notice = screen.getByTestId('lost-edit');
    expect(within(notice).getByRole('alert').textContent).toBe(DELETED);
    expect((within(notice).getByLabelText('Your root cause (not saved)') as HTMLTextAreaElement).value).toBe(TYPED);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(readBoard(doc).board.stickies.map((s) => s.id)).toEqual(['s2']);
    expectNoInternalText();
  });

  it('a category picked on an issue deleted meanwhile: said in the issue’s place, without a text to copy', () => {
    const { remoteUnseen, catchUp } = open();
    remoteUnseen(deleteS1);
    fireEvent.change(document.getElementById('cat-s1')!, { target: { value: 'no-owner' } });
    catchUp();
    const notice = screen.getByTestId('lost-edit');
    expect(within(notice).getByRole('alert').textContent).toBe('Someone deleted this issue while you were changing it — your change was not saved.');
    expect(within(notice).queryByRole('textbox')).toBeNull();
    expectNoInternalText();
  });

  it('a root cause too long once merged with what Jonas saved meanwhile: the reason is under that field, and her words stay in it', () => {
    const { remote, doc } = open();
    const field = document.getElementById('rc-s2') as HTMLInputElement;
    field.focus();
    const mine = 'b'.repeat(1500);
    fireEvent.change(field, { target: { value: mine } });
    remote((peer) => patchEntity(peer, 'stickies', 's2', { rootCause: 'a'.repeat(1500) }));
    fireEvent.blur(field);

    const row = screen.getAllByTestId('issue-row')[1]!;
    const alert = within(row).getByRole('alert');
    expect(alert.textContent).toBe(
      'Not saved: a root cause holds at most 2,000 characters, and with the words others saved meanwhile this is longer. Shorten it, then save again.',
    );
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe(mine);
    expect(readBoard(doc).board.stickies.find((s) => s.id === 's2')?.rootCause).toBe('a'.repeat(1500));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expectNoInternalText();

    // Typing again clears it: the next save will say what happens then.
    fireEvent.change(field, { target: { value: 'b' } });
    expect(within(row).queryByRole('alert')).toBeNull();
  });

  it('a root-cause sticky given to an issue deleted just before the click: told under that sticky’s button, nothing written', () => {
    const { remoteUnseen, catchUp, doc } = open({ withRootCauseSticky: true });
    const row = screen.getByTestId('rootcause-sticky');
    expect((within(row).getByLabelText('Issue it explains') as HTMLSelectElement).value).toBe('s1');

    remoteUnseen(deleteS1);
    fireEvent.click(within(row).getByTestId('use-rootcause-sticky'));
    catchUp();

    const stillListed = screen.getByTestId('rootcause-sticky');
    expect(within(stillListed).getByRole('alert').textContent).toBe('Someone deleted that issue just now — nothing was changed. Choose another issue.');
    expect(readBoard(doc).board.stickies.find((s) => s.id === 's2')?.rootCause).toBeUndefined();
    expect(screen.queryByTestId('rootcause-sticky-used')).toBeNull();
    expectNoInternalText();

    // Picking another issue is the way on: the refusal goes, and the next click works.
    fireEvent.change(within(stillListed).getByLabelText('Issue it explains'), { target: { value: 's2' } });
    expect(within(stillListed).queryByRole('alert')).toBeNull();
  });
});
