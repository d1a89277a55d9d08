import type { BoardRecord } from './BoardStorage';

/** A row of the SQLite `boards` table, as better-sqlite3 returns it (without the document). */
export interface BoardRow {
  id: string;
  created_at: number;
  facilitator_key_hash: string;
  locked: number;
}

/** The board record a row stands for. */
export function toRecord(row: BoardRow): BoardRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    facilitatorKeyHash: row.facilitator_key_hash,
    locked: row.locked === 1,
  };
}
