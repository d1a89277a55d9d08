// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { patchEntity, readBoard, upsertAction } from '@gapboard/shared';
import { ActionPlanPanel } from './ActionPlanPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

function open() {
  return renderWithBoard(
    (ctx) => <ActionPlanPanel ctx={ctx} />,
    (doc) => {
      upsertAction(doc, { id: 'a1', text: 'Write templates', owner: '', due: '' });
      upsertAction(doc, { id: 'a2', text: 'Define comms roles', owner: 'Ana', due: '2999-01-01' });
    },
  );
}

describe('ActionPlanPanel when a write fails', () => {
  it('Jonas deletes the action Aisha is filling in: its text, owner and date stay in its place, to copy', () => {
    const { remote } = open();
    fireEvent.change(document.getElementById('text-a1')!, { target: { value: 'Write holding-update templates' } });
    fireEvent.change(document.getElementById('owner-a1')!, { target: { value: 'Aisha' } });
    fireEvent.change(document.getElementById('due-a1')!, { target: { value: '2999-06-01' } });

    remote((peer) => peer.getMap('actions').delete('a1'));

    const [first, second] = Array.from(document.querySelectorAll('.actions > li'));
    const notice = within(first as HTMLElement).getByTestId('lost-edit');
    expect(within(notice).getByRole('alert').textContent).toBe('Someone deleted this action while you were editing it — your text was not saved.');
    expect((within(notice).getByLabelText('Your action (not saved)') as HTMLTextAreaElement).value).toBe('Write holding-update templates');
    expect((within(notice).getByLabelText('Owner (not saved)') as HTMLTextAreaElement).value).toBe('Aisha');
    expect((within(notice).getByLabelText('Due (not saved)') as HTMLTextAreaElement).value).toBe('2999-06-01');
    expect(second?.getAttribute('data-testid')).toBe('action-row');
    expect(document.body.textContent).not.toMatch(/no such entry|actions\.a1/);
  });

  it('an owner too long once merged with what Jonas saved meanwhile: the reason is under the Owner field, and the words stay in it', () => {
    const { remote, doc } = open();
    const owner = document.getElementById('owner-a2') as HTMLInputElement;
    owner.focus();
    fireEvent.change(owner, { target: { value: `Ana ${'b'.repeat(80)}` } });
    remote((peer) => patchEntity(peer, 'actions', 'a2', { owner: `Ana ${'a'.repeat(80)}` }));
    fireEvent.blur(owner);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Not saved: an owner holds at most 120 characters, and with the words others saved meanwhile this is longer. Shorten it, then save again.');
    expect(owner.closest('.field')?.contains(alert)).toBe(true);
    expect(owner.getAttribute('aria-describedby')).toContain(alert.id);
    expect(owner.value).toBe(`Ana ${'b'.repeat(80)}`);
    expect(readBoard(doc).board.actions.find((a) => a.id === 'a2')?.owner).toBe(`Ana ${'a'.repeat(80)}`);
  });
});
