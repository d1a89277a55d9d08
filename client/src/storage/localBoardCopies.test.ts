import { describe, expect, it } from 'vitest';
import { boardCopyName, staleBoardCopies } from './localBoardCopies';

describe('staleBoardCopies', () => {
  const none = () => false;

  it('names the copies of boards that are neither recent nor holding unsynced edits', () => {
    const names = [boardCopyName('recent'), boardCopyName('old'), boardCopyName('old-unsynced'), boardCopyName('v_token')];
    const unsynced = new Set(['old-unsynced']);
    expect(staleBoardCopies(names, new Set(['recent']), (id) => unsynced.has(id))).toEqual([boardCopyName('old'), boardCopyName('v_token')]);
  });

  it('never touches databases that are not board copies', () => {
    expect(staleBoardCopies(['other-app', 'gapboard', 'gapboard:', 'xgapboard:abc'], new Set(), none)).toEqual([]);
  });

  it('keeps everything while every copy is recent', () => {
    expect(staleBoardCopies([boardCopyName('a'), boardCopyName('b')], new Set(['a', 'b']), none)).toEqual([]);
  });
});
