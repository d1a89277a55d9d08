import type * as Y from 'yjs';
import type { BoardFile } from '../model/boardFile';
import { collectionNames, type Board, type CollectionName } from '../model/entities';
import { formatZodError } from '../model/formatZodError';
import { BoardInputError } from './BoardInputError';
import { BOARD_MAPS, getCollectionMap, getMetaMap } from './boardMaps';
import { boardToBoardFile } from './boardToBoardFile';
import { docMetaSchema, safeParseEntity } from './docSchemas';
import { readBoard } from './readBoard';
import { newYEntity, writeYEntity } from './writeYEntity';

/** Checks a whole board; returns it with schema defaults applied, or throws a BoardInputError. */
function validateBoard(board: Board): Board {
  const problems: string[] = [];
  const meta = docMetaSchema.safeParse(board.meta);
  if (!meta.success) problems.push(formatZodError(meta.error, 'meta'));
  const out: Partial<Record<CollectionName, unknown[]>> = {};
  for (const collection of collectionNames) {
    const list: unknown = board[collection];
    if (!Array.isArray(list)) {
      problems.push(`${collection}: expected an array`);
      continue;
    }
    const seen = new Set<string>();
    out[collection] = list.map((entity, i) => {
      const result = safeParseEntity(collection, entity);
      if (!result.success) {
        problems.push(formatZodError(result.error, `${collection}[${i}]`));
        return entity;
      }
      if (seen.has(result.data.id)) problems.push(`${collection}[${i}].id: duplicate id "${result.data.id}"`);
      seen.add(result.data.id);
      return result.data;
    });
  }
  const channelIds = new Set((out.channels as { id?: unknown }[] | undefined)?.map((c) => c.id));
  (out.comms as { channelId?: unknown }[] | undefined)?.forEach((comm, i) => {
    if (!channelIds.has(comm.channelId)) {
      problems.push(`comms[${i}].channelId: unknown channel "${String(comm.channelId)}"`);
    }
  });
  if (problems.length > 0 || !meta.success) throw new BoardInputError(problems.join('; '));
  return { meta: meta.data, ...(out as Omit<Board, 'meta'>) };
}

/**
 * Replaces the document's contents with `board`, ids preserved, in one transaction (typically
 * to fill the empty document of a new or imported board). The board is validated first;
 * on a problem a BoardInputError is thrown and the document is left untouched.
 */
export function writeBoardToDoc(doc: Y.Doc, board: Board, origin?: unknown): void {
  const valid = validateBoard(board);
  doc.transact(() => {
    for (const name of BOARD_MAPS) {
      const map = doc.getMap<unknown>(name);
      for (const key of [...map.keys()]) map.delete(key);
    }
    writeYEntity(getMetaMap(doc), valid.meta as Record<string, unknown>, true);
    for (const collection of collectionNames) {
      const map = getCollectionMap(doc, collection);
      for (const entity of valid[collection]) {
        map.set(entity.id, newYEntity(entity as unknown as Record<string, unknown>));
      }
    }
  }, origin ?? null);
}

/** The document's valid content as a board file (invalid entries are left out; see `readBoard`). */
export function docToBoardFile(doc: Y.Doc): BoardFile {
  return boardToBoardFile(readBoard(doc).board);
}
