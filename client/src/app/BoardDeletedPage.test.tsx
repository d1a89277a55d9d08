// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberBoard, listRecentBoards } from '../storage/recentBoards';
import { BoardDeletedPage } from './BoardDeletedPage';

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('BoardDeletedPage', () => {
  it('confirms the deletion by name (no error) and forgets the board on this device', () => {
    const deleteDatabase = vi.fn();
    vi.stubGlobal('indexedDB', { deleteDatabase });
    rememberBoard({ id: 'gone', title: 'Login outage', openedAt: 1 });
    render(<BoardDeletedPage boardId="gone" title="Login outage" />);
    expect(screen.getByRole('heading', { name: 'Board deleted' })).toBeTruthy();
    expect(screen.getByTestId('board-deleted').textContent).toContain('“Login outage” was deleted for everyone');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(listRecentBoards()).toEqual([]);
    expect(deleteDatabase).toHaveBeenCalledWith('gapboard:gone');
    expect(document.title).toBe('Board deleted · Gapboard');
  });
});
