import type * as Y from 'yjs';
import type { Analysis, Board, EditTarget, InkPayload, InvalidEntry, Role } from '@gapboard/shared';

/** A viewport of the board canvas: world → screen is `screen = world * scale + (x, y)`. */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export interface RemoteCursor {
  id: string;
  name: string;
  color: string;
  /** World coordinates. */
  x: number;
  y: number;
}

export interface RemoteInkStroke {
  /** Sender's socket id. */
  id: string;
  strokeId: string;
  /** World coordinates, flat `[x0, y0, x1, y1, …]`. */
  points: number[];
  color: string;
}

/** Someone else editing a text field in place (from the meeting's `editing` events). */
export interface RemoteEditor {
  /** Their participant id. */
  id: string;
  name: string;
  color: string;
  target: EditTarget;
}

export type CanvasTool = 'select' | 'ink' | 'sticky';

/**
 * The seam between the app shell (sync, meeting, panels) and the canvas. The canvas writes to
 * the document itself through the shared mutation helpers, tagging every transaction with
 * `origin` so the shell's per-user `Y.UndoManager` (trackedOrigins: [origin]) can undo it.
 */
export interface BoardCanvasProps {
  doc: Y.Doc;
  origin: object;
  board: Board;
  analysis: Analysis;
  invalid: InvalidEntry[];
  /** Hides and disables every editing affordance (read-only link, locked board). */
  readOnly: boolean;
  role: Role;
  me: { name: string; color: string };
  tool: CanvasTool;
  /** Sticky kind placed by the 'sticky' tool or the N shortcut. */
  newStickyKind: 'issue' | 'root-cause' | 'note' | 'action';
  remoteCursors: RemoteCursor[];
  remoteInk: RemoteInkStroke[];
  /** Who else is editing what; a sticky being edited by someone shows their name. @default [] */
  remoteEditors?: RemoteEditor[];
  /**
   * The document has loaded (first sync with the server). Until then the canvas keeps the board
   * fitted as content arrives; afterwards edits never move the view. @default true
   */
  contentReady?: boolean;
  /** Controlled when following the facilitator; otherwise the canvas manages its own. */
  viewport?: Viewport;
  onViewportChange?(viewport: Viewport): void;
  /** Local pointer in world coordinates (the shell throttles and sends it over socket.io). */
  onCursor?(x: number, y: number): void;
  /** The sticky this user now edits in place (its text field), or null when they stop. */
  onEditing?(target: EditTarget | null): void;
  /** In-progress ink (volatile); `done: true` on release, after which the canvas stores the annotation. */
  onInk?(stroke: InkPayload): void;
  /**
   * A sticky was placed with the Sticky tool (not N). The shell goes back to the Select tool
   * unless `keepTool` (the click was Shift-click) or the tool was made to stay on.
   */
  onStickyPlaced?(placed: { keepTool: boolean }): void;
  /** The selected entity (for delete shortcut and panels). */
  selectedId?: string | null;
  onSelect?(selection: { collection: 'stickies' | 'comms' | 'annotations'; id: string } | null): void;
  width: number;
  height: number;
}

/** Imperative handle the shell uses for toolbar buttons, shortcuts and the PNG export. */
export interface BoardCanvasHandle {
  zoomToFit(): void;
  zoomBy(factor: number): void;
  /**
   * The N shortcut: a new sticky of `newStickyKind` at the centre of the view, opened for typing
   * exactly as a click with the Sticky tool opens it; in the nearest free place in view around
   * the centre when other stickies or the timeline (its lanes and labels) are there. Does
   * nothing on a read-only board.
   */
  addStickyAtCentre(): void;
  /** Brings gap `rank` (1 = longest) into view: its shaded interval across the timeline. */
  showGap(rank: number): void;
}
