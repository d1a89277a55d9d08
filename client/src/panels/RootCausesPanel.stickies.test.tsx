// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import * as Y from 'yjs';
import { analyzeBoard, readBoard, upsertSticky } from '@gapboard/shared';
import { commitTextEdit } from '@gapboard/shared/textMerge';
import type { BoardContext } from '../board/BoardContext';
import { RootCausesPanel } from './RootCausesPanel';
import { renderWithBoard } from './renderWithBoard';

afterEach(cleanup);

/*
 * Step 4's root-cause stickies in the Root causes panel: listed until an issue has one as its
 * root cause, and given to an issue in one click.
 */

const OWNER = 'Customer comms is nobody’s job during an incident';
const TEMPLATE = 'No template for a holding update';

/** Two issues and two root-cause stickies; the owner sticky sits next to issue s2. */
function setupBoard(doc: Y.Doc) {
  upsertSticky(doc, { id: 's1', kind: 'issue', text: 'No update for 4 hours', x: 0, y: 0 });
  upsertSticky(doc, { id: 's2', kind: 'issue', text: 'Desk kept sending the old macro', x: 600, y: 0 });
  upsertSticky(doc, { id: 'r1', kind: 'root-cause', text: 'Customer comms is nobody’s job\nduring an incident', x: 800, y: 0 });
  upsertSticky(doc, { id: 'r2', kind: 'root-cause', text: TEMPLATE, x: 100, y: 300 });
}

const rootCause = (doc: Y.Doc, id: string) => readBoard(doc).board.stickies.find((s) => s.id === id)?.rootCause;
const listed = () => screen.queryAllByTestId('rootcause-sticky').map((li) => li.getAttribute('data-sticky-id'));
const row = (id: string) => screen.getAllByTestId('rootcause-sticky').find((li) => li.getAttribute('data-sticky-id') === id)!;
const useButton = (id: string) => within(row(id)).getByTestId('use-rootcause-sticky') as HTMLButtonElement;
const issueMenu = (id: string) => within(row(id)).getByLabelText('Issue it explains') as HTMLSelectElement;

describe('RootCausesPanel: root-cause stickies', () => {
  it('lists the root-cause stickies no issue has as its root cause, and only those', () => {
    renderWithBoard(
      (ctx) => <RootCausesPanel ctx={ctx} />,
      (doc) => {
        setupBoard(doc);
        upsertSticky(doc, { id: 's3', kind: 'issue', text: 'Status page late', x: 0, y: 600, rootCause: 'no template for a  holding update' });
        upsertSticky(doc, { id: 'r3', kind: 'root-cause', text: '   ', x: 0, y: 900 });
      },
    );
    // r2's words are s3's root cause already (case and spacing aside); r3 is blank.
    expect(listed()).toEqual(['r1']);
    expect(row('r1').textContent).toContain('Customer comms is nobody’s job');
    expect(screen.getByTestId('rootcause-stickies').querySelector('h3')?.textContent).toBe('Root-cause stickies not used yet (1)');
  });

  it('gives the nearest issue without a root cause the sticky’s words in one click; the sticky then shows in the groups', () => {
    const { doc } = renderWithBoard((ctx) => <RootCausesPanel ctx={ctx} />, setupBoard);
    expect(issueMenu('r1').value).toBe('s2');
    expect(issueMenu('r2').value).toBe('s1');
    expect(useButton('r1').textContent).toBe('Use as its root cause');

    let writes = 0;
    doc.on('update', () => (writes += 1));
    fireEvent.click(useButton('r1'));

    // One line, as the root-cause field holds it; one write, so one undo step.
    expect(rootCause(doc, 's2')).toBe(OWNER);
    expect(writes).toBe(1);
    expect(listed()).toEqual(['r2']);
    expect(screen.getByTestId('rootcause-sticky-used').textContent).toBe('Now the root cause of “Desk kept sending the old macro”');
    const other = screen.getByTestId('rootcause-group');
    expect(other.getAttribute('data-category')).toBe('other');
    expect(other.textContent).toContain(OWNER);
    expect((document.getElementById('rc-s2') as HTMLInputElement).value).toBe(OWNER);
  });

  it('replaces an issue’s root cause only when that issue is chosen, and says so first', () => {
    const { doc } = renderWithBoard(
      (ctx) => <RootCausesPanel ctx={ctx} />,
      (d) => {
        setupBoard(d);
        upsertSticky(d, { id: 's1', kind: 'issue', text: 'No update for 4 hours', x: 0, y: 0, rootCause: 'Dev team gave no news' });
        upsertSticky(d, { id: 's2', kind: 'issue', text: 'Desk kept sending the old macro', x: 600, y: 0, rootCause: 'Macro owner on leave' });
      },
    );
    // Every issue has a root cause: nothing is chosen for the user.
    expect(issueMenu('r1').value).toBe('');
    expect(useButton('r1').disabled).toBe(true);

    fireEvent.change(issueMenu('r1'), { target: { value: 's1' } });
    expect(useButton('r1').textContent).toBe('Replace its root cause');
    expect(row('r1').textContent).toContain('Replaces “Dev team gave no news”');
    fireEvent.click(useButton('r1'));
    expect(rootCause(doc, 's1')).toBe(OWNER);
    expect(rootCause(doc, 's2')).toBe('Macro owner on leave');
  });

  it('keeps the issue the user picked while others edit, and falls back when it is deleted', () => {
    const { remote } = renderWithBoard((ctx) => <RootCausesPanel ctx={ctx} />, setupBoard);
    fireEvent.change(issueMenu('r1'), { target: { value: 's1' } });
    remote((peer) => upsertSticky(peer, { id: 's4', kind: 'issue', text: 'New issue right by r1', x: 810, y: 10 }));
    expect(issueMenu('r1').value).toBe('s1');
    remote((peer) => peer.getMap('stickies').delete('s1'));
    expect(issueMenu('r1').value).toBe('s4');
  });

  it('drops a sticky from the list as soon as someone else uses it', () => {
    const { remote } = renderWithBoard((ctx) => <RootCausesPanel ctx={ctx} />, setupBoard);
    remote((peer) => commitTextEdit(peer, { collection: 'stickies', id: 's1', field: 'rootCause' }, { base: '', mine: TEMPLATE }));
    expect(listed()).toEqual(['r1']);
  });

  it("keeps Aisha's typed root cause when Jonas gives the same issue a sticky meanwhile: both are kept", () => {
    const { doc, remote } = renderWithBoard((ctx) => <RootCausesPanel ctx={ctx} />, setupBoard);
    const field = document.getElementById('rc-s2') as HTMLInputElement;
    field.focus();
    fireEvent.change(field, { target: { value: 'Macro owner on leave' } });

    remote((peer) => commitTextEdit(peer, { collection: 'stickies', id: 's2', field: 'rootCause' }, { base: '', mine: OWNER }));
    // The sticky leaves the list above her field; the field itself is untouched.
    expect(listed()).toEqual(['r2']);
    expect(document.getElementById('rc-s2')).toBe(field);
    expect(field.value).toBe('Macro owner on leave');
    expect(document.activeElement).toBe(field);

    fireEvent.blur(field);
    expect(rootCause(doc, 's2')).toBe(`${OWNER} / Macro owner on leave`);
    expect(screen.getByTestId('merged-note').textContent).toContain('both versions are kept');
    // The merged wording is not the sticky's words any more: it is listed again until the room settles it.
    expect(listed()).toEqual(['r1', 'r2']);
  });

  it('merges with a root cause someone saved that this panel has not drawn yet, instead of replacing it', () => {
    const doc = new Y.Doc();
    setupBoard(doc);
    // The board as this panel last drew it (the page reads the document once per frame).
    const { board, invalid } = readBoard(doc);
    const ctx: BoardContext = { boardId: 'test', doc, origin: {}, board, analysis: analyzeBoard(board, { now: 0, invalid }), invalid, role: 'participant', readOnly: false };
    render(<RootCausesPanel ctx={ctx} />);

    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    commitTextEdit(peer, { collection: 'stickies', id: 's2', field: 'rootCause' }, { base: '', mine: 'Macro owner on leave' });
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote'));

    fireEvent.click(useButton('r1'));
    expect(rootCause(doc, 's2')).toBe(`Macro owner on leave / ${OWNER}`);
    expect(screen.getByTestId('rootcause-sticky-used').textContent).toContain('both versions are kept');
  });

  it('loses no sticky when two people give one issue different stickies at the same moment', () => {
    const { doc } = renderWithBoard((ctx) => <RootCausesPanel ctx={ctx} />, setupBoard);
    // Jonas, not yet in sync, gives s2 the template sticky while this user gives it r1.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(peer);
    commitTextEdit(peer, { collection: 'stickies', id: 's2', field: 'rootCause' }, { base: '', mine: TEMPLATE });
    fireEvent.click(useButton('r1'));
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'remote'));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));

    // The field keeps one of the two; the other sticky is listed again, to be used.
    const kept = rootCause(doc, 's2');
    expect(rootCause(peer, 's2')).toBe(kept);
    expect([OWNER, TEMPLATE]).toContain(kept);
    expect(listed()).toEqual([kept === OWNER ? 'r2' : 'r1']);
  });

  it('does not say the sticky is the root cause when the other person’s, given at the same moment, is the one kept', () => {
    const { doc } = renderWithBoard((ctx) => <RootCausesPanel ctx={ctx} />, setupBoard);
    const peer = new Y.Doc();
    // Of two values set at once, Yjs keeps the one of the higher client id: Jonas's here.
    peer.clientID = doc.clientID + 1;
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(peer);
    commitTextEdit(peer, { collection: 'stickies', id: 's2', field: 'rootCause' }, { base: '', mine: TEMPLATE });
    fireEvent.click(useButton('r1'));
    expect(screen.getByTestId('rootcause-sticky-used').textContent).toBe('Now the root cause of “Desk kept sending the old macro”');

    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'remote'));
    expect(rootCause(doc, 's2')).toBe(TEMPLATE);
    expect(listed()).toEqual(['r1']);
    expect(screen.getByTestId('rootcause-sticky-used').textContent).toBe(
      `Someone else gave “Desk kept sending the old macro” another root cause: “${TEMPLATE}”. Yours is listed again.`,
    );
  });

  it('shows a viewer the stickies not used yet, without the controls', () => {
    renderWithBoard((ctx) => <RootCausesPanel ctx={ctx} />, setupBoard, { readOnly: true });
    expect(listed()).toEqual(['r1', 'r2']);
    expect(screen.queryByTestId('use-rootcause-sticky')).toBeNull();
    expect(screen.queryByLabelText('Issue it explains')).toBeNull();
  });

  it('asks for an issue sticky first when there is none', () => {
    renderWithBoard(
      (ctx) => <RootCausesPanel ctx={ctx} />,
      (doc) => upsertSticky(doc, { id: 'r1', kind: 'root-cause', text: OWNER, x: 0, y: 0 }),
    );
    expect(listed()).toEqual(['r1']);
    expect(row('r1').textContent).toContain('Add the issue it explains on the canvas');
    expect(screen.queryByTestId('use-rootcause-sticky')).toBeNull();
  });
});
