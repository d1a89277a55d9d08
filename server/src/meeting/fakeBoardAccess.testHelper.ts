import type { Role } from '@gapboard/shared';
import type { BoardAccess, BoardGrant } from '../boards/boardAccess';

interface FakeBoard {
  key: string;
  readTokens: Set<string>;
  locked: boolean;
  listeners: Set<(locked: boolean) => void>;
}

/**
 * In-memory BoardAccess for meeting tests: the facilitator key is compared in clear (the real
 * store keeps only a hash), read tokens are counters. Records calls so tests can assert them.
 */
export class FakeBoardAccess implements BoardAccess {
  private readonly boards = new Map<string, FakeBoard>();
  private minted = 0;
  readonly setLockedCalls: Array<{ boardId: string; locked: boolean }> = [];

  /** Creates a board that the fake will know about. */
  addBoard(boardId: string, key: string): void {
    this.boards.set(boardId, { key, readTokens: new Set(), locked: false, listeners: new Set() });
  }

  async roleFor(boardId: string, credentials: { key?: string; readToken?: string }): Promise<Role | null> {
    const board = this.boards.get(boardId);
    if (!board) return null;
    if (credentials.key !== undefined && credentials.key === board.key) return 'facilitator';
    if (credentials.readToken !== undefined && board.readTokens.has(credentials.readToken)) return 'viewer';
    return 'participant';
  }

  /** A view token (`v_…`, as the real store mints) addresses its board read-only. */
  async grantFor(address: string, credentials: { key?: string; readToken?: string }): Promise<BoardGrant | null> {
    for (const [boardId, board] of this.boards) {
      if (board.readTokens.has(address)) return { boardId, role: 'viewer', viaViewToken: true };
    }
    const role = await this.roleFor(address, credentials);
    return role ? { boardId: address, role, viaViewToken: false } : null;
  }

  async mintReadToken(boardId: string): Promise<string> {
    const board = this.requireBoard(boardId);
    this.minted += 1;
    const token = `v_read-token-${this.minted}-abcdefghijklmnopqrstuvwxyz0123`;
    board.readTokens.add(token);
    return token;
  }

  async setLocked(boardId: string, locked: boolean): Promise<void> {
    const board = this.requireBoard(boardId);
    this.setLockedCalls.push({ boardId, locked });
    if (board.locked === locked) return;
    board.locked = locked;
    for (const listener of board.listeners) listener(locked);
  }

  isLocked(boardId: string): boolean {
    return this.boards.get(boardId)?.locked ?? false;
  }

  onLockChange(boardId: string, listener: (locked: boolean) => void): () => void {
    const listeners = this.boards.get(boardId)?.listeners;
    listeners?.add(listener);
    return () => listeners?.delete(listener);
  }

  onBoardDeleted(): () => void {
    return () => {};
  }

  /** Number of lock listeners on a board (to check subscriptions are released). */
  listenerCount(boardId: string): number {
    return this.boards.get(boardId)?.listeners.size ?? 0;
  }

  private requireBoard(boardId: string): FakeBoard {
    const board = this.boards.get(boardId);
    if (!board) throw new Error(`fake: no board ${boardId}`);
    return board;
  }
}
