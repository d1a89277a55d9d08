/**
 * An update waiting in a storage's group-commit queue (SQLite and Postgres alike): the next
 * transaction writes it with the rest of the queue, then settles its promise with the update's
 * sequence number — only after COMMIT, so a resolved append is durable.
 */
export interface PendingAppend {
  boardId: string;
  update: Uint8Array;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}
