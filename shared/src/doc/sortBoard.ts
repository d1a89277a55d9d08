import type { Board } from '../model/entities';

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The canonical order of a board's arrays: comms by time, then id; channels, stickies,
 * actions and annotations by id. A Yjs map has no order that all clients agree on, so
 * `readBoard` and `boardToBoardFile` use this order; a board file therefore survives
 * file → document → file unchanged up to this order. Returns a new board; the input is left as is.
 */
export function sortBoard(board: Board): Board {
  const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => compareIds(a.id, b.id));
  return {
    meta: board.meta,
    channels: byId(board.channels),
    comms: [...board.comms].sort((a, b) => a.at - b.at || compareIds(a.id, b.id)),
    stickies: byId(board.stickies),
    actions: byId(board.actions),
    annotations: byId(board.annotations),
  };
}
