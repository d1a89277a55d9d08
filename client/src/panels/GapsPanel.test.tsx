// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { setMeta, upsertChannel, upsertComm } from '@gapboard/shared';
import { GapsPanel } from './GapsPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

describe('GapsPanel notes', () => {
  it('names a comm by its time and words, not its id', () => {
    const start = Date.parse('2026-03-04T09:00:00Z');
    renderWithBoard(
      (ctx) => <GapsPanel ctx={ctx} />,
      (doc) => {
        setMeta(doc, { startedAt: start, resolvedAt: start + 60 * 60_000, timeZone: 'UTC' });
        upsertChannel(doc, { id: 'c1', name: 'Status page' });
        upsertComm(doc, { id: 'm_late', channelId: 'c1', at: start + 90 * 60_000, sender: 'Ops', summary: 'All clear' });
      },
    );
    const note = screen.getByText(/was sent after the resolution/);
    expect(note.textContent).toBe('The 10:30 comm "All clear" was sent after the resolution; it is left out of the intervals.');
    expect(note.textContent).not.toContain('m_late');
  });
});
