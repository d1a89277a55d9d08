import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getMetaMap } from './boardMaps';
import { patchEntity, upsertChannel, upsertSticky } from './boardMutations';
import { observeBoard } from './observeBoard';

describe('observeBoard', () => {
  it('calls back once per transaction on deep changes, local and remote, until unsubscribed', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    const stop = observeBoard(doc, (tr) => origins.push(tr.origin));
    upsertSticky(doc, { id: 's1', kind: 'note', x: 0, y: 0 }, 'one');
    patchEntity(doc, 'stickies', 's1', { text: 'deep' }, 'two');
    doc.transact(() => {
      getMetaMap(doc).set('title', 'x');
      upsertChannel(doc, { id: 'c', name: 'Email' });
    }, 'three');
    doc.getMap('somethingElse').set('k', 1); // not part of the board
    const remote = new Y.Doc();
    upsertChannel(remote, { id: 'r', name: 'Twitter' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'remote');
    expect(origins).toEqual(['one', 'two', 'three', 'remote']);
    stop();
    upsertChannel(doc, { id: 'c2', name: 'Phone' });
    expect(origins).toHaveLength(4);
  });
});
