import { BoardNotFoundError, type BoardRecord, type BoardStorage, type StoredDoc } from './BoardStorage';

interface MemoryBoard {
  record: BoardRecord;
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  updates: { seq: number; data: Uint8Array }[];
  readTokenHashes: Set<string>;
}

/**
 * Keeps everything in process memory. For unit tests only: nothing survives a restart. It honours
 * the same contract as the durable stores (copies bytes in and out, async results).
 */
export class MemoryStorage implements BoardStorage {
  private readonly boards = new Map<string, MemoryBoard>();
  private seq = 0;
  private closed = false;

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array | null): Promise<void> {
    this.assertOpen();
    if (this.boards.has(record.id)) throw new Error(`board already exists: ${record.id}`);
    this.boards.set(record.id, {
      record: { ...record },
      snapshot: initialState ? initialState.slice() : null,
      snapshotSeq: 0,
      updates: [],
      readTokenHashes: new Set(),
    });
  }

  async getRecord(boardId: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(boardId);
    return board ? { ...board.record } : null;
  }

  async setLocked(boardId: string, locked: boolean): Promise<void> {
    this.board(boardId).record.locked = locked;
  }

  async addReadTokenHash(boardId: string, tokenHash: string): Promise<void> {
    this.board(boardId).readTokenHashes.add(tokenHash);
  }

  async hasReadTokenHash(boardId: string, tokenHash: string): Promise<boolean> {
    this.assertOpen();
    return this.boards.get(boardId)?.readTokenHashes.has(tokenHash) ?? false;
  }

  async findBoardByReadTokenHash(tokenHash: string): Promise<string | null> {
    this.assertOpen();
    for (const [id, board] of this.boards) if (board.readTokenHashes.has(tokenHash)) return id;
    return null;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    this.assertOpen();
    return this.boards.delete(boardId);
  }

  async list(): Promise<string[]> {
    this.assertOpen();
    return [...this.boards.keys()];
  }

  async load(boardId: string): Promise<StoredDoc> {
    const board = this.board(boardId);
    const updates = board.updates.map((u) => u.data.slice());
    return {
      snapshot: board.snapshot ? board.snapshot.slice() : null,
      updates,
      lastSeq: board.updates.at(-1)?.seq ?? board.snapshotSeq,
      updateBytes: updates.reduce((n, u) => n + u.byteLength, 0),
    };
  }

  async append(boardId: string, update: Uint8Array): Promise<number> {
    const board = this.board(boardId);
    const seq = ++this.seq;
    board.updates.push({ seq, data: update.slice() });
    return seq;
  }

  async compact(boardId: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const board = this.board(boardId);
    board.snapshot = snapshot.slice();
    board.snapshotSeq = Math.max(board.snapshotSeq, upToSeq);
    board.updates = board.updates.filter((u) => u.seq > upToSeq);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private board(boardId: string): MemoryBoard {
    this.assertOpen();
    const board = this.boards.get(boardId);
    if (!board) throw new BoardNotFoundError(boardId);
    return board;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('storage is closed');
  }
}
