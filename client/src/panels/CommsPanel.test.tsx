// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { patchEntity, readBoard, setMeta, upsertChannel, upsertComm } from '@gapboard/shared';
import { CommsPanel } from './CommsPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

describe('CommsPanel', () => {
  it('tags a comm sent outside the incident, in the message column where the tag has room for one line', () => {
    const start = Date.parse('2026-03-04T09:00:00Z');
    renderWithBoard(
      (ctx) => <CommsPanel ctx={ctx} />,
      (doc) => {
        setMeta(doc, { startedAt: start, resolvedAt: start + 60 * 60_000, timeZone: 'UTC' });
        upsertChannel(doc, { id: 'c1', name: 'Customer support email' });
        upsertComm(doc, { id: 'm_early', channelId: 'c1', at: start - 20 * 60_000, sender: 'Support', summary: 'Some users report errors' });
        upsertComm(doc, { id: 'm_in', channelId: 'c1', at: start + 20 * 60_000, sender: 'Ops', summary: 'Investigating' });
        upsertComm(doc, { id: 'm_late', channelId: 'c1', at: start + 90 * 60_000, sender: 'Support', summary: 'Post-incident email' });
      },
    );
    const rows = screen.getAllByTestId('comm-row');
    expect(rows.map((r) => r.className)).toEqual(['outside', '', 'outside']);
    const cell = (i: number, name: 'when' | 'summary') => rows[i]!.querySelector<HTMLElement>(`td.${name}`)!;
    expect(within(cell(0, 'summary')).getByText('before the alert').className).toContain('tag');
    expect(within(cell(2, 'summary')).getByText('after resolution').title).toBe('Sent after the resolution: left out of the gaps');
    expect(cell(1, 'summary').querySelector('.tag')).toBeNull();
    expect([cell(0, 'when').querySelector('.tag'), cell(2, 'when').querySelector('.tag')]).toEqual([null, null]);
  });

  it('keeps a comm typed into "Add comm" when Escape closes the form, until it is saved or discarded', () => {
    const start = Date.parse('2026-03-04T09:00:00Z');
    const { doc } = renderWithBoard(
      (ctx) => <CommsPanel ctx={ctx} />,
      (d) => {
        setMeta(d, { startedAt: start, resolvedAt: start + 60 * 60_000, timeZone: 'UTC' });
        upsertChannel(d, { id: 'c1', name: 'Status page' });
      },
    );
    // Escape on an untouched form just closes it.
    fireEvent.click(screen.getByTestId('add-comm'));
    fireEvent.keyDown(screen.getByLabelText('Message'), { key: 'Escape' });
    expect(screen.queryByTestId('comm-editor')).toBeNull();
    expect(screen.getByTestId('add-comm').textContent).toBe('Add comm');

    fireEvent.click(screen.getByTestId('add-comm'));
    fireEvent.change(screen.getByLabelText('Sender'), { target: { value: 'Sam (Social)' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'We know some of you cannot pay' } });
    expect(screen.getByTestId('discard-comm').textContent).toBe('Discard');
    fireEvent.keyDown(screen.getByLabelText('Message'), { key: 'Escape' });
    expect(screen.queryByTestId('comm-editor')).toBeNull();
    expect(readBoard(doc).board.comms).toEqual([]);

    // Reopened, the form has the draft back; Discard throws it away.
    expect(screen.getByTestId('add-comm').textContent).toBe('Resume comm draft');
    fireEvent.click(screen.getByTestId('add-comm'));
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('We know some of you cannot pay');
    expect((screen.getByLabelText('Sender') as HTMLInputElement).value).toBe('Sam (Social)');
    fireEvent.click(screen.getByTestId('discard-comm'));
    expect(screen.getByTestId('add-comm').textContent).toBe('Add comm');
    fireEvent.click(screen.getByTestId('add-comm'));
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('');

    // A kept draft, saved, is gone from the button.
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Investigating' } });
    fireEvent.keyDown(screen.getByLabelText('Message'), { key: 'Escape' });
    fireEvent.click(screen.getByTestId('add-comm'));
    fireEvent.click(screen.getByTestId('save-comm'));
    expect(readBoard(doc).board.comms.map((c) => c.summary)).toEqual(['Investigating']);
    expect(screen.getByTestId('add-comm').textContent).toBe('Add comm');
  });

  it("keeps an edit left with Escape, and resumes it with another person's later change to the other fields", () => {
    const start = Date.parse('2026-03-04T09:00:00Z');
    const { doc } = renderWithBoard(
      (ctx) => <CommsPanel ctx={ctx} />,
      (d) => {
        setMeta(d, { startedAt: start, resolvedAt: start + 60 * 60_000, timeZone: 'UTC' });
        upsertChannel(d, { id: 'c1', name: 'Status page' });
        upsertComm(d, { id: 'm1', channelId: 'c1', at: start + 20 * 60_000, sender: 'Ops', summary: 'Investigating' });
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit the comm of 4 Mar, 09:20' }));
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Investigating: EU card payments fail' } });
    fireEvent.keyDown(screen.getByLabelText('Message'), { key: 'Escape' });
    expect(screen.queryByTestId('comm-editor')).toBeNull();
    expect(readBoard(doc).board.comms[0]?.summary).toBe('Investigating');

    patchEntity(doc, 'comms', 'm1', { sender: 'Priya (Support lead)' }, {});
    fireEvent.click(screen.getByRole('button', { name: 'Resume your unsaved edit of the comm of 4 Mar, 09:20' }));
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('Investigating: EU card payments fail');
    expect((screen.getByLabelText('Sender') as HTMLInputElement).value).toBe('Priya (Support lead)');
    fireEvent.click(screen.getByTestId('save-comm'));
    expect(readBoard(doc).board.comms[0]).toMatchObject({ sender: 'Priya (Support lead)', summary: 'Investigating: EU card payments fail' });
    expect(screen.getByRole('button', { name: 'Edit the comm of 4 Mar, 09:20' })).toBeTruthy();
  });

  it("keeps the comm being edited while others change it, then saves both people's words", () => {
    const start = Date.parse('2026-03-04T09:00:00Z');
    const { doc, remote } = renderWithBoard(
      (ctx) => <CommsPanel ctx={ctx} />,
      (d) => {
        setMeta(d, { startedAt: start, resolvedAt: start + 60 * 60_000, timeZone: 'UTC' });
        upsertChannel(d, { id: 'c1', name: 'Status page' });
        upsertComm(d, { id: 'm1', channelId: 'c1', at: start + 20 * 60_000, sender: 'Ops', summary: 'Investigating errors' });
      },
    );
    fireEvent.click(screen.getByRole('button', { name: /Edit the comm/ }));
    const summary = screen.getByLabelText('Message') as HTMLTextAreaElement;
    fireEvent.change(summary, { target: { value: 'Investigating login errors' } });
    fireEvent.change(screen.getByLabelText('Sender'), { target: { value: 'Ops on call' } });
    remote((peer) => patchEntity(peer, 'comms', 'm1', { summary: 'Investigating errors, next update in 30 min' }));
    remote((peer) => patchEntity(peer, 'comms', 'm1', { sender: 'Maya (Ops)' }));
    expect(screen.getByLabelText('Message')).toBe(summary);
    expect(summary.value).toBe('Investigating login errors');

    fireEvent.click(screen.getByTestId('save-comm'));
    expect(readBoard(doc).board.comms[0]).toMatchObject({ summary: 'Investigating login errors, next update in 30 min', sender: 'Maya (Ops) on call' });
    expect(screen.getByTestId('merged-note').textContent).toContain('both versions');
  });
});
