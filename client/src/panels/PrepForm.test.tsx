// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { readBoard, setMeta } from '@gapboard/shared';
import { PrepForm } from './PrepForm';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

const start = Date.parse('2026-03-04T10:00:00Z');

function open() {
  return renderWithBoard(
    (ctx) => <PrepForm ctx={ctx} />,
    (doc) => setMeta(doc, { title: 'Login outage', startedAt: start, resolvedAt: start + 5 * 3_600_000 }),
  );
}

describe('PrepForm', () => {
  it('after a failed save, focuses the first invalid field and says where the errors are, by the Save button', () => {
    const { doc, container } = open();
    fireEvent.change(screen.getByLabelText('Update cadence target (minutes)'), { target: { value: '0' } });
    const escalation = within(screen.getByRole('group', { name: 'Escalation, decisions and changes' }));
    fireEvent.change(escalation.getByLabelText('From'), { target: { value: '2026-03-04T12:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save prep' }));

    expect(readBoard(doc).board.meta.cadenceMinutes).toBe(30);
    // Two errors: the focus goes to the one higher up the form.
    expect(document.activeElement).toBe(escalation.getByLabelText('To'));
    const alert = screen.getByTestId('prep-form-error');
    expect(alert.textContent).toBe('Nothing was saved: fix the fields marked above.');
    // In the (sticky) row of the Save button, not below the form, out of view.
    expect(alert.closest('.save-row')).toBe(container.querySelector('.save-row'));
  });

  it('warns, without blocking the save, about a phase ending after the resolution', () => {
    const { doc } = open();
    const investigation = within(screen.getByRole('group', { name: 'Investigation stage' }));
    fireEvent.change(investigation.getByLabelText('From'), { target: { value: '2026-03-04T10:30' } });
    fireEvent.change(investigation.getByLabelText('To'), { target: { value: '2026-03-04T16:00' } });
    expect(screen.getByTestId('prep-warning').textContent).toBe('⚠ ends after the resolution: is that right? (it can be saved)');
    expect(investigation.getByLabelText('To').getAttribute('aria-describedby')).toBe(screen.getByTestId('prep-warning').id);
    fireEvent.click(screen.getByRole('button', { name: 'Save prep' }));
    expect(readBoard(doc).board.meta.investigation).toEqual({ from: start + 30 * 60_000, to: start + 6 * 3_600_000 });
  });

  it('says a start typed only in part is incomplete (not "enter the start before the resolution")', () => {
    const { doc } = renderWithBoard((ctx) => <PrepForm ctx={ctx} />, (d) => setMeta(d, { title: 'Login outage' }));
    const started = screen.getByLabelText('Started (initial alert)') as HTMLInputElement;
    // What Chromium does with "03/12/0905, --:-- --": the field shows digits, its value is "".
    Object.defineProperty(started, 'validity', { value: { badInput: true, valid: false } });
    fireEvent.change(screen.getByLabelText('Resolved'), { target: { value: '2025-03-12T16:40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save prep' }));
    expect(screen.getByTestId('prep-error').textContent).toBe('this date and time is incomplete: fill in every part (or clear it)');
    expect(document.activeElement).toBe(started);
    expect(readBoard(doc).board.meta.resolvedAt).toBeUndefined();
  });

  it("keeps the title and what customers saw being typed while others save theirs, then merges both people's words", () => {
    const { doc, remote } = open();
    const title = screen.getByLabelText('Incident title') as HTMLInputElement;
    const impact = screen.getByLabelText('What customers saw') as HTMLTextAreaElement;
    title.focus();
    fireEvent.change(title, { target: { value: 'SSO login outage' } });
    fireEvent.change(impact, { target: { value: 'An error page pointing to the support portal' } });
    remote((peer) => setMeta(peer, { title: 'Login outage (EU)' }));
    remote((peer) => setMeta(peer, { customerImpact: 'Login failed with error 503' }));
    expect(screen.getByLabelText('Incident title')).toBe(title);
    expect(title.value).toBe('SSO login outage');
    expect(impact.value).toBe('An error page pointing to the support portal');

    fireEvent.click(screen.getByRole('button', { name: 'Save prep' }));
    expect(readBoard(doc).board.meta).toMatchObject({
      title: 'SSO login outage (EU)',
      customerImpact: 'Login failed with error 503 / An error page pointing to the support portal',
    });
    expect(screen.getByRole('status').textContent).toContain('both versions are kept');
  });

  it('a resolution refused because someone moved the start past it meanwhile: said under Resolved, in words, by the Save button too', () => {
    const { doc, remote } = open();
    const resolved = screen.getByLabelText('Resolved') as HTMLInputElement;
    fireEvent.change(resolved, { target: { value: '2026-03-04T11:00' } });
    remote((peer) => setMeta(peer, { startedAt: start + 2 * 3_600_000 }));
    fireEvent.click(screen.getByRole('button', { name: 'Save prep' }));

    expect(readBoard(doc).board.meta.resolvedAt).toBe(start + 5 * 3_600_000);
    const error = document.getElementById(resolved.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(error.textContent).toBe(
      'Not saved: the resolution would come before the start (someone may have changed the start meanwhile). Check both, then save again.',
    );
    expect(document.activeElement).toBe(resolved);
    expect(screen.getByTestId('prep-form-error').textContent).toBe('Nothing was saved: fix the fields marked above.');
    expect(document.body.textContent).not.toMatch(/meta\.resolvedAt/);
  });
});
