/**
 * The reason the server gives when it closes a board's Yjs connections because the facilitator
 * deleted the board (close code 4404, like an unknown board): clients tell the two apart by it.
 */
export const BOARD_DELETED_CLOSE_REASON = 'board deleted';
