// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { patchEntity, readBoard, upsertAction } from '@gapboard/shared';
import { ActionPlanPanel } from './ActionPlanPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

describe('ActionPlanPanel', () => {
  it("puts the focus in the new action's text after Add action", () => {
    renderWithBoard(
      (ctx) => <ActionPlanPanel ctx={ctx} />,
      (doc) => upsertAction(doc, { id: 'a0', text: 'Write templates', owner: 'Ana', due: '2999-01-01' }),
    );
    fireEvent.click(screen.getByTestId('add-action'));
    const texts = screen.getAllByLabelText('Action');
    expect(texts).toHaveLength(2);
    expect(document.activeElement).toBe(texts[1]);
  });

  it('writes a typed due date when the field is left, not the partial years on the way', () => {
    const { doc } = renderWithBoard(
      (ctx) => <ActionPlanPanel ctx={ctx} />,
      (d) => upsertAction(d, { id: 'a1', text: 'Templates', owner: 'Ana', due: '' }),
    );
    const due = () => (doc.getMap('actions').get('a1') as { get(k: string): unknown }).get('due');
    const field = document.getElementById('due-a1') as HTMLInputElement;
    fireEvent.focus(field);
    for (const partial of ['0002-05-15', '0020-05-15', '0202-05-15', '2026-05-15']) fireEvent.change(field, { target: { value: partial } });
    expect(due()).toBe('');
    fireEvent.blur(field);
    expect(due()).toBe('2026-05-15');
  });

  it('warns about a due date in the past, and only then', () => {
    renderWithBoard(
      (ctx) => <ActionPlanPanel ctx={ctx} />,
      (doc) => {
        upsertAction(doc, { id: 'a1', text: 'Old', owner: 'Ana', due: '2001-01-01' });
        upsertAction(doc, { id: 'a2', text: 'Later', owner: 'Ben', due: '2999-01-01' });
      },
    );
    const warnings = screen.getAllByTestId('due-warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.textContent).toBe('⚠ this due date is in the past');
    expect(document.getElementById('due-a1')!.getAttribute('aria-describedby')).toBe(warnings[0]!.id);
  });

  it('does not nag about a just-added empty action until its row is left or something is written in it', () => {
    const { doc } = renderWithBoard(
      (ctx) => <ActionPlanPanel ctx={ctx} />,
      (d) => upsertAction(d, { id: 'a0', text: 'Write templates', owner: '', due: '2999-01-01' }),
    );
    // Someone's action without an owner is warned about at once.
    expect(screen.getAllByTestId('action-warning').map((w) => w.textContent)).toEqual(['⚠ no owner yet: every action needs an owner and a due date.']);

    fireEvent.click(screen.getByTestId('add-action'));
    const rows = () => screen.getAllByTestId('action-row');
    const text = screen.getAllByLabelText('Action')[1] as HTMLTextAreaElement;
    expect(document.activeElement).toBe(text);
    expect(rows()[1]!.querySelector('[data-testid="action-warning"]')).toBeNull();
    expect(rows()[1]!.className).toBe('');
    // Moving on to the owner field, still in the row: still quiet.
    const owner = rows()[1]!.querySelector('input') as HTMLInputElement;
    fireEvent.blur(text, { relatedTarget: owner });
    fireEvent.focus(owner);
    expect(rows()[1]!.querySelector('[data-testid="action-warning"]')).toBeNull();
    // Leaving the row empty: now it is an action without owner or date.
    fireEvent.blur(owner, { relatedTarget: document.body });
    expect(rows()[1]!.querySelector('[data-testid="action-warning"]')?.textContent).toBe(
      '⚠ no owner yet, no due date yet: every action needs an owner and a due date.',
    );

    // Another new one, written in: the warning says what is still missing.
    fireEvent.click(screen.getByTestId('add-action'));
    const third = screen.getAllByLabelText('Action')[2] as HTMLTextAreaElement;
    expect(rows()[2]!.querySelector('[data-testid="action-warning"]')).toBeNull();
    fireEvent.change(third, { target: { value: 'Name a comms lead' } });
    fireEvent.blur(third, { relatedTarget: rows()[2]!.querySelector('input') });
    expect([...(doc.getMap('actions').values() as Iterable<{ get(k: string): unknown }>)].map((a) => a.get('text'))).toContain('Name a comms lead');
    expect(rows()[2]!.querySelector('[data-testid="action-warning"]')?.textContent).toBe(
      '⚠ no owner yet, no due date yet: every action needs an owner and a due date.',
    );
  });
});

describe('ActionPlanPanel while others edit', () => {
  const open = () =>
    renderWithBoard(
      (ctx) => <ActionPlanPanel ctx={ctx} />,
      (doc) => upsertAction(doc, { id: 'a1', text: 'Write holding-update templates', owner: '', due: '' }),
    );
  const stored = (doc: Parameters<typeof readBoard>[0]) => readBoard(doc).board.actions[0]!;

  it("keeps the owner Aisha is typing while Jonas saves another, then keeps both names", () => {
    const { doc, remote } = open();
    const owner = document.getElementById('owner-a1') as HTMLInputElement;
    owner.focus();
    fireEvent.change(owner, { target: { value: 'Priya (Support lead) with Sam' } });
    remote((peer) => patchEntity(peer, 'actions', 'a1', { owner: 'Ravi (SRE)' }));
    remote((peer) => patchEntity(peer, 'actions', 'a1', { due: '2999-01-15' }));
    expect(document.getElementById('owner-a1')).toBe(owner);
    expect(document.activeElement).toBe(owner);
    expect(owner.value).toBe('Priya (Support lead) with Sam');

    fireEvent.keyDown(owner, { key: 'Enter' });
    expect(stored(doc)).toMatchObject({ owner: 'Ravi (SRE) / Priya (Support lead) with Sam', due: '2999-01-15' });
    expect(owner.value).toBe('Ravi (SRE) / Priya (Support lead) with Sam');
    expect(screen.getByTestId('merged-note')).toBeTruthy();
    expect(owner.getAttribute('aria-describedby')).toBe(screen.getByTestId('merged-note').id);
  });

  it("merges the action's text: a word fixed by one, a clause added by the other", () => {
    const { doc, remote } = open();
    const text = screen.getByLabelText('Action') as HTMLTextAreaElement;
    text.focus();
    fireEvent.change(text, { target: { value: 'Write holding-update templates for the status page' } });
    remote((peer) => patchEntity(peer, 'actions', 'a1', { text: 'Write holding update templates' }));
    remote((peer) => patchEntity(peer, 'actions', 'a1', { owner: 'Ravi' }));
    expect(text.value).toBe('Write holding-update templates for the status page');
    fireEvent.blur(text);
    expect(stored(doc)).toMatchObject({ text: 'Write holding update templates for the status page', owner: 'Ravi' });
    expect(screen.queryByTestId('merged-note')).toBeNull();
  });
});
