// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getFacilitatorKey, setFacilitatorKey } from './facilitatorKeys';
import { forgetDeletedBoard } from './forgetDeletedBoard';
import { unsyncedEditsKey } from './localBoardCopies';
import { listRecentBoards, rememberBoard } from './recentBoards';

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('forgetDeletedBoard', () => {
  it('removes the recent entry, the facilitator key, the unsynced count and the IndexedDB copy of that board only', () => {
    const deleteDatabase = vi.fn();
    vi.stubGlobal('indexedDB', { deleteDatabase });
    rememberBoard({ id: 'gone', title: 'Deleted review', openedAt: 2 });
    rememberBoard({ id: 'kept', title: 'Other review', openedAt: 1 });
    setFacilitatorKey('gone', 'key-1');
    setFacilitatorKey('kept', 'key-2');
    localStorage.setItem(unsyncedEditsKey('gone'), '3');

    forgetDeletedBoard('gone');

    expect(listRecentBoards().map((b) => b.id)).toEqual(['kept']);
    expect(getFacilitatorKey('gone')).toBeNull();
    expect(getFacilitatorKey('kept')).toBe('key-2');
    expect(localStorage.getItem(unsyncedEditsKey('gone'))).toBeNull();
    expect(deleteDatabase.mock.calls).toEqual([['gapboard:gone']]);
  });

  it('still forgets the rest where IndexedDB is unavailable', () => {
    vi.stubGlobal('indexedDB', undefined);
    rememberBoard({ id: 'gone', title: 'Deleted review', openedAt: 2 });
    expect(() => forgetDeletedBoard('gone')).not.toThrow();
    expect(listRecentBoards()).toEqual([]);
  });
});
