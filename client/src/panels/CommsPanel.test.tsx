// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { setMeta, upsertChannel, upsertComm } from '@gapboard/shared';
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
});
