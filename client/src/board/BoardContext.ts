import type * as Y from 'yjs';
import type { Analysis, Board, InvalidEntry, Role } from '@gapboard/shared';

/** What every panel needs to read and edit the board (passed as one prop). */
export interface BoardContext {
  boardId: string;
  doc: Y.Doc;
  /** This user's transaction origin: every local write uses it, so undo sees only our work. */
  origin: object;
  board: Board;
  analysis: Analysis;
  invalid: InvalidEntry[];
  role: Role;
  /** Editing controls are hidden (viewer, or locked board for non-facilitators). */
  readOnly: boolean;
  /** The facilitator (with the key on this device) may delete the board for good; absent otherwise. */
  deleteBoard?: () => Promise<void>;
}
