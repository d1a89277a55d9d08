import { deleteEntity, patchEntity, setMeta, upsertChannel, upsertComm, upsertSticky } from '@gapboard/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changedThings, countThings } from './changedThings';

/** Runs `edit` on `doc` and returns the things each of its transactions changed. */
function thingsOf(doc: Y.Doc, edit: () => void): string[][] {
  const seen: string[][] = [];
  const onTransaction = (tr: Y.Transaction) => seen.push(changedThings(doc, tr));
  doc.on('afterTransaction', onTransaction);
  edit();
  doc.off('afterTransaction', onTransaction);
  return seen;
}

describe('changedThings', () => {
  it('names the entity an update adds, edits or deletes, and each prep field', () => {
    const doc = new Y.Doc();
    const seen = thingsOf(doc, () => {
      upsertSticky(doc, { id: 's1', kind: 'issue', text: '', x: 0, y: 0 });
      patchEntity(doc, 'stickies', 's1', { text: 'No update for two hours' });
      upsertChannel(doc, { id: 'c1', name: 'Status page' });
      upsertComm(doc, { id: 'm1', channelId: 'c1', at: 1_000, sender: 'Ana', summary: 'Investigating' });
      setMeta(doc, { title: 'Login outage', cadenceMinutes: 20 });
      deleteEntity(doc, 'stickies', 's1');
    });
    expect(seen).toEqual([['stickies:s1'], ['stickies:s1'], ['channels:c1'], ['comms:m1'], ['meta:title', 'meta:cadenceMinutes'], ['stickies:s1']]);
  });

  it('names both things a channel deletion takes with it', () => {
    const doc = new Y.Doc();
    upsertChannel(doc, { id: 'c1', name: 'Status page' });
    upsertComm(doc, { id: 'm1', channelId: 'c1', at: 1_000, sender: 'Ana', summary: 'Investigating' });
    expect(thingsOf(doc, () => deleteEntity(doc, 'channels', 'c1')).flat().sort()).toEqual(['channels:c1', 'comms:m1']);
  });

  it('ignores types outside the board layout', () => {
    const doc = new Y.Doc();
    expect(thingsOf(doc, () => doc.getMap('elsewhere').set('k', 1))).toEqual([[]]);
  });
});

describe('countThings', () => {
  it.each([
    { things: ['stickies:a'], label: '1 sticky' },
    { things: ['stickies:a', 'stickies:b'], label: '2 stickies' },
    { things: ['comms:a', 'comms:b', 'comms:c'], label: '3 comms' },
    { things: ['meta:title'], label: '1 prep field' },
    { things: ['stickies:a', 'comms:b'], label: '2 changes' },
    { things: ['earlier:0', 'earlier:1'], label: '2 changes' },
  ])('calls $things "$label"', ({ things, label }) => {
    const { count, noun } = countThings(things);
    expect(`${count} ${noun}`).toBe(label);
  });

  it('lists the kinds in the detail', () => {
    expect(countThings(['stickies:a', 'stickies:b', 'comms:c']).detail).toBe('2 stickies, 1 comm');
  });
});
