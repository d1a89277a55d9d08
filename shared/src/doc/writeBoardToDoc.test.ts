import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Board } from '../model/entities';
import { BoardInputError } from './BoardInputError';
import { getCollectionMap } from './boardMaps';
import { upsertChannel, upsertSticky } from './boardMutations';
import { readBoard } from './readBoard';
import { docToBoardFile, writeBoardToDoc } from './writeBoardToDoc';

const board: Board = {
  meta: { title: 'T', startedAt: 0, resolvedAt: 60_000, cadenceMinutes: 20, customerImpact: 'Could not log in' },
  channels: [{ id: 'c1', name: 'Email' }],
  comms: [{ id: 'm1', channelId: 'c1', at: 30_000, sender: 'Ana', summary: 'We are on it' }],
  stickies: [{ id: 's1', kind: 'note', text: '', x: 1, y: 2 }],
  actions: [],
  annotations: [],
};

describe('writeBoardToDoc', () => {
  it('replaces the contents in one transaction, ids preserved, and exports a file', () => {
    const doc = new Y.Doc();
    upsertChannel(doc, { id: 'old', name: 'Old' });
    upsertSticky(doc, { id: 'old-s', kind: 'note', x: 0, y: 0 });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    writeBoardToDoc(doc, board, 'import');
    expect(transactions).toBe(1);
    expect(readBoard(doc)).toEqual({ board, invalid: [] });
    expect(docToBoardFile(doc).comms).toEqual([
      { id: 'm1', channelId: 'c1', at: '1970-01-01T00:00:30.000Z', sender: 'Ana', summary: 'We are on it' },
    ]);
  });

  it('rejects an invalid board with field paths and writes nothing', () => {
    const doc = new Y.Doc();
    upsertChannel(doc, { id: 'keep', name: 'Keep me' });
    const before = Y.encodeStateAsUpdate(doc);
    const bad = {
      ...board,
      meta: { ...board.meta, resolvedAt: -1 },
      comms: [{ ...board.comms[0], channelId: 'nope' }, { id: 'm2', channelId: 'c1', at: 'soon' }],
      stickies: [board.stickies[0], board.stickies[0]],
    } as unknown as Board;
    expect(() => writeBoardToDoc(doc, bad)).toThrow(BoardInputError);
    try {
      writeBoardToDoc(doc, bad);
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/meta\.resolvedAt: the resolution cannot come before the start/);
      expect(message).toMatch(/comms\[1\]\.at: /);
      expect(message).toMatch(/comms\[0\]\.channelId: unknown channel "nope"/);
      expect(message).toMatch(/stickies\[1\]\.id: duplicate id "s1"/);
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(getCollectionMap(doc, 'channels').has('keep')).toBe(true);
  });
});
