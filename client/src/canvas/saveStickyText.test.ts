import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardInputError, readBoard, upsertSticky } from '@gapboard/shared';
import { saveStickyText } from './saveStickyText';

/** Two connected clients of one board with one sticky, as in the audit (Jonas and Aisha). */
function twoClients(text = 'No status page update for 2 hours.') {
  const jonas = new Y.Doc();
  const aisha = new Y.Doc();
  jonas.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(aisha, u, 'wire'));
  aisha.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(jonas, u, 'wire'));
  upsertSticky(jonas, { id: 's1', kind: 'issue', text, x: 0, y: 0 });
  return { jonas, aisha, text: (doc: Y.Doc) => readBoard(doc).board.stickies[0]?.text };
}

describe('saveStickyText', () => {
  it('both open one sticky and add a sentence: whoever presses Enter last, both sentences stay', () => {
    const { jonas, aisha, text } = twoClients();
    const base = 'No status page update for 2 hours.';
    expect(saveStickyText(jonas, 's1', { base, mine: `${base} Support was not told.` }, { origin: 'jonas' })).toBe('saved');
    expect(saveStickyText(aisha, 's1', { base, mine: `${base} Nobody owned the status page.` }, { origin: 'aisha' })).toBe('merged');
    expect(text(jonas)).toBe('No status page update for 2 hours. Support was not told. Nobody owned the status page.');
    expect(text(aisha)).toBe(text(jonas));
  });

  it('merges edits of different words without a conflict', () => {
    const { jonas, aisha, text } = twoClients();
    const base = 'No status page update for 2 hours.';
    saveStickyText(jonas, 's1', { base, mine: 'No status page update for 3 hours.' }, { origin: 'jonas' });
    expect(saveStickyText(aisha, 's1', { base, mine: 'No status page update at all for 2 hours.' }, { origin: 'aisha' })).toBe('saved');
    expect(text(jonas)).toBe('No status page update at all for 3 hours.');
  });

  it('writes nothing for an untouched edit, and leaves an empty new sticky to be removed', () => {
    const { aisha } = twoClients();
    let writes = 0;
    aisha.on('update', () => (writes += 1));
    expect(saveStickyText(aisha, 's1', { base: 'x', mine: 'x' }, { origin: 'aisha' })).toBe('unchanged');
    expect(saveStickyText(aisha, 's1', { base: '', mine: '  ' }, { origin: 'aisha', isNew: true })).toBe('discard-new');
    expect(writes).toBe(0);
  });

  it('says when the sticky was deleted meanwhile, and refuses a merge too long for a sticky', () => {
    const { jonas, aisha } = twoClients('a');
    expect(() => saveStickyText(aisha, 's1', { base: 'a', mine: `a ${'y'.repeat(1990)}` }, { origin: 'aisha' })).not.toThrow();
    expect(() => saveStickyText(jonas, 's1', { base: 'a', mine: `a ${'z'.repeat(1990)}` }, { origin: 'jonas' })).toThrow(BoardInputError);
    jonas.getMap('stickies').delete('s1');
    expect(saveStickyText(aisha, 's1', { base: 'a', mine: 'b' }, { origin: 'aisha' })).toBe('deleted');
  });
});
