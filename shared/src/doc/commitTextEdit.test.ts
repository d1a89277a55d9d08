import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardInputError } from './BoardInputError';
import { patchEntity, setMeta, upsertAction, upsertChannel, upsertComm, upsertSticky } from './boardMutations';
import { commitTextEdit, mergeTextEdit, storedText, type TextFieldRef } from './commitTextEdit';
import { readBoard } from './readBoard';

/** Two connected clients of one board: every update of one is applied to the other. */
function twoClients(): { aisha: Y.Doc; jonas: Y.Doc } {
  const aisha = new Y.Doc();
  const jonas = new Y.Doc();
  aisha.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(jonas, u, 'wire'));
  jonas.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(aisha, u, 'wire'));
  upsertSticky(aisha, { id: 's1', kind: 'issue', text: 'No status page update for 2 hours.', x: 0, y: 0 });
  upsertAction(aisha, { id: 'a1', text: 'Write templates', owner: '', due: '' });
  upsertChannel(aisha, { id: 'c1', name: 'Status page' });
  upsertComm(aisha, { id: 'm1', channelId: 'c1', at: 1000, sender: 'Ana', summary: 'Investigating' });
  return { aisha, jonas };
}

const sticky: TextFieldRef = { collection: 'stickies', id: 's1', field: 'text' };

describe('commitTextEdit', () => {
  it('keeps both sentences when two people edit one sticky and save one after the other', () => {
    const { aisha, jonas } = twoClients();
    const base = storedText(aisha, sticky)!;
    // Both opened the sticky; Jonas saves first.
    const j = commitTextEdit(jonas, sticky, { base, mine: `${base} Support was not told.` }, 'jonas');
    expect(j).toEqual({ text: `${base} Support was not told.`, conflict: false, written: true });
    const a = commitTextEdit(aisha, sticky, { base, mine: `${base} Nobody owned the status page.` }, 'aisha');
    const both = 'No status page update for 2 hours. Support was not told. Nobody owned the status page.';
    expect(a).toEqual({ text: both, conflict: true, written: true });
    expect(readBoard(jonas).board.stickies[0]!.text).toBe(both);
  });

  it('writes a clean merge of edits to different words, tagged with the origin (for undo)', () => {
    const { aisha, jonas } = twoClients();
    const base = storedText(aisha, sticky)!;
    commitTextEdit(jonas, sticky, { base, mine: 'No status page update for 3 hours.' }, 'jonas');
    const origins: unknown[] = [];
    aisha.on('afterTransaction', (t: Y.Transaction) => origins.push(t.origin));
    const a = commitTextEdit(aisha, sticky, { base, mine: 'No status page update for 2 hours. Nobody owned it.' }, 'aisha');
    expect(a).toEqual({ text: 'No status page update for 3 hours. Nobody owned it.', conflict: false, written: true });
    expect(origins).toEqual(['aisha']);
  });

  it('writes nothing when the merge is what is stored already', () => {
    const { aisha, jonas } = twoClients();
    const base = storedText(aisha, sticky)!;
    commitTextEdit(jonas, sticky, { base, mine: 'Silent for 2 hours.' }, 'jonas');
    let writes = 0;
    aisha.on('update', () => (writes += 1));
    expect(commitTextEdit(aisha, sticky, { base, mine: 'Silent for 2 hours.' }, 'aisha')).toEqual({ text: 'Silent for 2 hours.', conflict: false, written: false });
    expect(commitTextEdit(aisha, sticky, { base, mine: base }, 'aisha')).toEqual({ text: 'Silent for 2 hours.', conflict: false, written: false });
    expect(writes).toBe(0);
  });

  it('merges an action owner typed while someone else saved one', () => {
    const { aisha, jonas } = twoClients();
    const owner: TextFieldRef = { collection: 'actions', id: 'a1', field: 'owner' };
    commitTextEdit(jonas, owner, { base: '', mine: 'Ravi (SRE)' });
    expect(commitTextEdit(aisha, owner, { base: '', mine: 'Priya (Support lead) with Sam' }).text).toBe('Ravi (SRE) / Priya (Support lead) with Sam');
  });

  it('removes an optional root cause left empty, and normalises before writing', () => {
    const { aisha } = twoClients();
    const rc: TextFieldRef = { collection: 'stickies', id: 's1', field: 'rootCause' };
    const trim = { normalize: (t: string) => t.trim() };
    expect(commitTextEdit(aisha, rc, { base: '', mine: 'No owner ' }, undefined, trim)).toMatchObject({ text: 'No owner', written: true });
    expect(readBoard(aisha).board.stickies[0]!.rootCause).toBe('No owner');
    commitTextEdit(aisha, rc, { base: 'No owner', mine: '' }, undefined, trim);
    expect(readBoard(aisha).board.stickies[0]!).not.toHaveProperty('rootCause');
  });

  it('merges meta text fields (title, what customers saw)', () => {
    const { aisha, jonas } = twoClients();
    setMeta(aisha, { title: 'Login outage' });
    const title: TextFieldRef = { collection: 'meta', field: 'title' };
    commitTextEdit(jonas, title, { base: 'Login outage', mine: 'Login outage (EU)' });
    expect(commitTextEdit(aisha, title, { base: 'Login outage', mine: 'SSO login outage' })).toMatchObject({ text: 'SSO login outage (EU)', conflict: false });
  });

  it('gives the stored value back as the schema keeps it (a channel name is trimmed)', () => {
    const { aisha } = twoClients();
    expect(commitTextEdit(aisha, { collection: 'channels', id: 'c1', field: 'name' }, { base: 'Status page', mine: 'Status page (public) ' }).text).toBe('Status page (public)');
  });

  it('refuses, before writing, a merge that is too long for the field', () => {
    const { aisha, jonas } = twoClients();
    const owner: TextFieldRef = { collection: 'actions', id: 'a1', field: 'owner' };
    patchEntity(jonas, 'actions', 'a1', { owner: 'x'.repeat(100) });
    expect(() => commitTextEdit(aisha, owner, { base: '', mine: 'y'.repeat(100) })).toThrow(BoardInputError);
    expect(storedText(aisha, owner)).toBe('x'.repeat(100));
  });

  it('refuses an edit of an entity someone deleted meanwhile', () => {
    const { aisha } = twoClients();
    aisha.getMap('stickies').delete('s1');
    expect(storedText(aisha, sticky)).toBeUndefined();
    expect(() => commitTextEdit(aisha, sticky, { base: 'x', mine: 'y' })).toThrow(/no such entry/);
  });
});

describe('mergeTextEdit', () => {
  it('merges without writing, and says what it merged with', () => {
    const { aisha, jonas } = twoClients();
    const summary: TextFieldRef = { collection: 'comms', id: 'm1', field: 'summary' };
    patchEntity(jonas, 'comms', 'm1', { summary: 'Investigating login errors' });
    let writes = 0;
    aisha.on('update', () => (writes += 1));
    expect(mergeTextEdit(aisha, summary, { base: 'Investigating', mine: 'Still investigating' })).toEqual({
      text: 'Still investigating login errors',
      conflict: false,
      stored: 'Investigating login errors',
    });
    expect(writes).toBe(0);
  });
});
