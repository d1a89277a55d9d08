// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { patchEntity, readBoard, upsertSticky } from '@gapboard/shared';
import { RootCausesPanel } from './RootCausesPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

function open() {
  return renderWithBoard(
    (ctx) => <RootCausesPanel ctx={ctx} />,
    (doc) => {
      upsertSticky(doc, { id: 's1', kind: 'issue', text: 'No update for 4 hours', x: 0, y: 0 });
      upsertSticky(doc, { id: 's2', kind: 'issue', text: 'Error page sent people to the portal', x: 0, y: 200 });
    },
  );
}

const rootCause = (doc: Parameters<typeof readBoard>[0], id: string) => readBoard(doc).board.stickies.find((s) => s.id === id)?.rootCause;

describe('RootCausesPanel while others edit', () => {
  it("keeps what Aisha is typing when Jonas saves a root cause on the same issue, then keeps both", () => {
    const { doc, remote } = open();
    const field = document.getElementById('rc-s1') as HTMLInputElement;
    field.focus();
    fireEvent.change(field, { target: { value: 'Nobody owned customer comms' } });

    // Jonas saves a root cause on the same issue, then categorises it.
    remote((peer) => patchEntity(peer, 'stickies', 's1', { rootCause: 'No update from the dev team' }));
    remote((peer) => patchEntity(peer, 'stickies', 's1', { category: 'no-owner' }));

    // The same element, still focused, still holding her words.
    expect(document.getElementById('rc-s1')).toBe(field);
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('Nobody owned customer comms');

    fireEvent.blur(field);
    expect(rootCause(doc, 's1')).toBe('No update from the dev team / Nobody owned customer comms');
    expect(field.value).toBe('No update from the dev team / Nobody owned customer comms');
    expect(screen.getByTestId('merged-note').textContent).toContain('both versions are kept');
    expect(readBoard(doc).board.stickies.find((s) => s.id === 's1')?.category).toBe('no-owner');
  });

  it('merges edits of different words cleanly, without a note', () => {
    const { doc, remote } = open();
    remote((peer) => patchEntity(peer, 'stickies', 's1', { rootCause: 'no update from dev team' }));
    const field = document.getElementById('rc-s1') as HTMLInputElement;
    expect(field.value).toBe('no update from dev team');
    field.focus();
    fireEvent.change(field, { target: { value: 'No update from dev team' } });
    remote((peer) => patchEntity(peer, 'stickies', 's1', { rootCause: 'no update from the dev team' }));
    remote((peer) => patchEntity(peer, 'stickies', 's1', { rootCause: 'no update from the dev team, so nothing to say' }));
    expect(field.value).toBe('No update from dev team');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(rootCause(doc, 's1')).toBe('No update from the dev team, so nothing to say');
    expect(screen.queryByTestId('merged-note')).toBeNull();
  });

  it('leaves a root cause with a line break (an import, a bot) as it is when the field is only visited', () => {
    const { doc, remote } = open();
    remote((peer) => patchEntity(peer, 'stickies', 's1', { rootCause: 'No update from the dev team\nso nothing to say' }));
    const field = document.getElementById('rc-s1') as HTMLInputElement;
    field.focus();
    fireEvent.blur(field);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(rootCause(doc, 's1')).toBe('No update from the dev team\nso nothing to say');
  });

  it("shows others' saves in a field nobody is typing in", () => {
    const { remote } = open();
    const field = document.getElementById('rc-s2') as HTMLInputElement;
    field.focus();
    remote((peer) => patchEntity(peer, 'stickies', 's2', { rootCause: 'Error page is not our usual path' }));
    expect(field.value).toBe('Error page is not our usual path');
    expect(document.activeElement).toBe(field);
  });

  it('removes a root cause cleared (spaces only), and writes nothing for an unchanged field', () => {
    const { doc } = renderWithBoard(
      (ctx) => <RootCausesPanel ctx={ctx} />,
      (d) => upsertSticky(d, { id: 's1', kind: 'issue', text: 'x', x: 0, y: 0, rootCause: 'No owner' }),
    );
    const field = document.getElementById('rc-s1') as HTMLInputElement;
    let writes = 0;
    doc.on('update', () => (writes += 1));
    fireEvent.blur(field);
    expect(writes).toBe(0);
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.blur(field);
    expect(readBoard(doc).board.stickies[0]).not.toHaveProperty('rootCause');
    expect(field.value).toBe('');
  });
});
