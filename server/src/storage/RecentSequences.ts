/**
 * The last sequence number used per board, for the boards written most recently: at most `limit`
 * of them, the least recently written dropped first. A long-running server that has seen many
 * boards keeps a bounded map; a dropped board costs one indexed read on its next append.
 */
export class RecentSequences {
  private readonly lastSeqs = new Map<string, number>();

  constructor(private readonly limit: number) {}

  get(boardId: string): number | undefined {
    return this.lastSeqs.get(boardId);
  }

  /** Records `seq` as `boardId`'s last number, making it the most recently written board. */
  remember(boardId: string, seq: number): void {
    this.lastSeqs.delete(boardId);
    this.lastSeqs.set(boardId, seq);
    if (this.lastSeqs.size > this.limit) this.lastSeqs.delete(this.lastSeqs.keys().next().value!);
  }

  /** Forgets `boardId`'s number: the next append reads it from the file again. */
  forget(boardId: string): void {
    this.lastSeqs.delete(boardId);
  }

  get size(): number {
    return this.lastSeqs.size;
  }
}
