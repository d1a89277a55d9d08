import type { CanvasTool } from '../canvas/BoardCanvasProps';
import type { Undo } from './useUndo';

type StickyKind = 'issue' | 'root-cause' | 'note' | 'action';

const STICKY_KINDS: Array<{ kind: StickyKind; label: string }> = [
  { kind: 'issue', label: 'Issue' },
  { kind: 'root-cause', label: 'Root cause' },
  { kind: 'note', label: 'Note' },
  { kind: 'action', label: 'Action' },
];

export interface CanvasToolbarProps {
  tool: CanvasTool;
  /** A tool picked; `stay` when double-clicked: the Sticky tool then stays on after placing a sticky. */
  onTool(tool: CanvasTool, stay?: boolean): void;
  /** The current tool stays on after use (double-clicked). */
  toolStays?: boolean;
  stickyKind: StickyKind;
  onStickyKind(kind: StickyKind): void;
  undo: Undo;
  onZoomToFit(): void;
  onZoom(factor: number): void;
  /** Freehand circles are the facilitator's. */
  canInk: boolean;
}

/** Tools above the canvas: select, sticky (with its kind), pen, zoom, undo/redo. */
export function CanvasToolbar({ tool, onTool, toolStays = false, stickyKind, onStickyKind, undo, onZoomToFit, onZoom, canInk }: CanvasToolbarProps) {
  const toolButton = (t: CanvasTool, label: string, hint: string, canStay = false) => {
    const stays = canStay && tool === t && toolStays;
    return (
      <button
        className={['tool', tool === t ? 'active' : '', stays ? 'stays' : ''].filter(Boolean).join(' ')}
        aria-pressed={tool === t}
        title={stays ? `${hint}. Stays on: click Select to stop` : hint}
        onClick={() => onTool(t)}
        {...(canStay ? { onDoubleClick: () => onTool(t, true) } : {})}
      >
        {label}
        {stays && <span className="visually-hidden"> (stays on)</span>}
      </button>
    );
  };
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas tools">
      {toolButton('select', 'Select', 'Select, drag and edit (double-click a sticky)')}
      {toolButton('sticky', 'Sticky', 'Click on the canvas to add a sticky, then back to Select (Shift-click or double-click the tool to keep it on; or press N)', true)}
      {canInk && toolButton('ink', 'Pen', 'Draw a circle around a gap')}
      <label className="inline">
        <span className="visually-hidden">Sticky kind</span>
        <select value={stickyKind} onChange={(e) => onStickyKind(e.target.value as StickyKind)} aria-label="Sticky kind">
          {STICKY_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-sep" aria-hidden="true" />
      <button onClick={undo.undo} disabled={!undo.canUndo} title="Undo your last change (Ctrl+Z)">
        Undo
      </button>
      <button onClick={undo.redo} disabled={!undo.canRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <ZoomControls onZoom={onZoom} onZoomToFit={onZoomToFit} />
    </div>
  );
}

/** Zoom out, in and Fit: in the tools above, and alone for those who cannot edit (read-only, locked). */
export function ZoomControls({ onZoom, onZoomToFit }: Pick<CanvasToolbarProps, 'onZoom' | 'onZoomToFit'>) {
  return (
    <>
      <button onClick={() => onZoom(1 / 1.25)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button onClick={() => onZoom(1.25)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button onClick={onZoomToFit} title="Zoom to show the whole board">
        Fit
      </button>
    </>
  );
}
