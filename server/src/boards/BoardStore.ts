import { nanoid } from 'nanoid';
import type { Role } from '@gapboard/shared';
import type { BoardRecord, BoardStorage } from '../storage/BoardStorage';
import type { BoardAccess, BoardGrant } from './boardAccess';
import { generateSecret, hashSecret, secretMatches } from './secrets';
import { generateViewToken, isViewToken } from './viewToken';

/** Where a board address leads: the real board id, and whether it came as a read-only view token. */
export interface ResolvedAddress {
  boardId: string;
  viaViewToken: boolean;
}

/** What the creator of a board gets back, once: the facilitator key is never shown again. */
export interface CreatedBoard {
  record: BoardRecord;
  facilitatorKey: string;
}

/** What a request to delete a board came to. */
export type DeleteOutcome = 'deleted' | 'not-found' | 'forbidden';

/**
 * Board records and roles on top of {@link BoardStorage}: creates boards (nanoid ids, hashed
 * facilitator keys), mints read-only view tokens (hashed) and resolves them to their board,
 * resolves who may do what, and keeps each known board's lock flag in memory
 * so that the Yjs update path can check it synchronously.
 */
export class BoardStore implements BoardAccess {
  private readonly lockCache = new Map<string, boolean>();
  private readonly lockListeners = new Map<string, Set<(locked: boolean) => void>>();
  private readonly deleteListeners = new Set<(boardId: string) => void>();

  constructor(private readonly storage: BoardStorage) {}

  /** Creates a board whose document starts as `initialState` (a Yjs update) or empty. */
  async create(initialState: Uint8Array | null, now = Date.now()): Promise<CreatedBoard> {
    const facilitatorKey = generateSecret();
    const record: BoardRecord = {
      id: nanoid(),
      createdAt: now,
      facilitatorKeyHash: hashSecret(facilitatorKey),
      locked: false,
    };
    await this.storage.createBoard(record, initialState);
    this.lockCache.set(record.id, false);
    return { record, facilitatorKey };
  }

  /** The board's record (never exposed as is: it holds the key hash), or null. */
  async getRecord(boardId: string): Promise<BoardRecord | null> {
    const record = await this.storage.getRecord(boardId);
    if (record) this.lockCache.set(boardId, record.locked);
    return record;
  }

  async roleFor(boardId: string, credentials: { key?: string; readToken?: string }): Promise<Role | null> {
    const record = await this.getRecord(boardId);
    if (!record) return null;
    if (credentials.key && secretMatches(credentials.key, record.facilitatorKeyHash)) return 'facilitator';
    // A caller that presents a read token asked to be a viewer: least privilege, valid or not.
    if (credentials.readToken) return 'viewer';
    return 'participant';
  }

  /**
   * The board behind `address`: a view token (`v_…`) is looked up by its hash; anything else is
   * taken as a board id as is (no lookup — the caller reads the record next). Null for a token
   * nobody minted.
   */
  async resolveAddress(address: string): Promise<ResolvedAddress | null> {
    if (!isViewToken(address)) return { boardId: address, viaViewToken: false };
    const boardId = await this.storage.findBoardByReadTokenHash(hashSecret(address));
    return boardId === null ? null : { boardId, viaViewToken: true };
  }

  async grantFor(address: string, credentials: { key?: string; readToken?: string }): Promise<BoardGrant | null> {
    const resolved = await this.resolveAddress(address);
    if (!resolved) return null;
    if (resolved.viaViewToken) {
      // The token is the whole credential: read-only, even next to a facilitator key.
      const record = await this.getRecord(resolved.boardId);
      return record ? { boardId: resolved.boardId, role: 'viewer', viaViewToken: true } : null;
    }
    const role = await this.roleFor(resolved.boardId, credentials);
    return role ? { boardId: resolved.boardId, role, viaViewToken: false } : null;
  }

  /** Whether `readToken` is one the facilitator minted for this board. */
  async isValidReadToken(boardId: string, readToken: string): Promise<boolean> {
    return this.storage.hasReadTokenHash(boardId, hashSecret(readToken));
  }

  /** Mints a view token (`v_` + 256 random bits); only its sha256 is stored. */
  async mintReadToken(boardId: string): Promise<string> {
    const token = generateViewToken();
    await this.storage.addReadTokenHash(boardId, hashSecret(token));
    return token;
  }

  async setLocked(boardId: string, locked: boolean): Promise<void> {
    await this.storage.setLocked(boardId, locked);
    const changed = this.lockCache.get(boardId) !== locked;
    this.lockCache.set(boardId, locked);
    if (!changed) return;
    for (const listener of this.lockListeners.get(boardId) ?? []) listener(locked);
  }

  /**
   * Deletes the board behind `address` for good (record, document, read-only tokens) when
   * `facilitatorKey` is its facilitator key, then tells the deletion listeners (open rooms and
   * meetings end). A view token never deletes, whatever key comes with it: it is read-only.
   */
  async deleteBoard(address: string, facilitatorKey: string | undefined): Promise<DeleteOutcome> {
    const resolved = await this.resolveAddress(address);
    const record = resolved ? await this.storage.getRecord(resolved.boardId) : null;
    if (!resolved || !record) return 'not-found';
    if (resolved.viaViewToken || !facilitatorKey || !secretMatches(facilitatorKey, record.facilitatorKeyHash)) return 'forbidden';
    if (!(await this.storage.deleteBoard(record.id))) return 'not-found'; // deleted meanwhile
    this.lockCache.delete(record.id);
    for (const listener of [...this.deleteListeners]) listener(record.id);
    return 'deleted';
  }

  onBoardDeleted(listener: (boardId: string) => void): () => void {
    this.deleteListeners.add(listener);
    return () => this.deleteListeners.delete(listener);
  }

  isLocked(boardId: string): boolean {
    return this.lockCache.get(boardId) ?? false;
  }

  onLockChange(boardId: string, listener: (locked: boolean) => void): () => void {
    let listeners = this.lockListeners.get(boardId);
    if (!listeners) {
      listeners = new Set();
      this.lockListeners.set(boardId, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.lockListeners.delete(boardId);
    };
  }
}
