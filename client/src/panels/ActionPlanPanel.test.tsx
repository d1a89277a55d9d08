// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { upsertAction } from '@gapboard/shared';
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
});
