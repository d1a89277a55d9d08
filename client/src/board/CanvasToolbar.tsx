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
  onTool(tool: CanvasTool): void;
  stickyKind: StickyKind;
  onStickyKind(kind: StickyKind): void;
  undo: Undo;
  onZoomToFit(): void;
  onZoom(factor: number): void;
  /** Freehand circles are the facilitator's. */
  canInk: boolean;
}

/** Tools above the canvas: select, sticky (with its kind), pen, zoom, undo/redo. */
export function CanvasToolbar({ tool, onTool, stickyKind, onStickyKind, undo, onZoomToFit, onZoom, canInk }: CanvasToolbarProps) {
  const toolButton = (t: CanvasTool, label: string, hint: string) => (
    <button className={tool === t ? 'tool active' : 'tool'} aria-pressed={tool === t} title={hint} onClick={() => onTool(t)}>
      {label}
    </button>
  );
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas tools">
      {toolButton('select', 'Select', 'Select, drag and edit (double-click a sticky)')}
      {toolButton('sticky', 'Sticky', 'Click on the canvas to add a sticky (or press N)')}
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
