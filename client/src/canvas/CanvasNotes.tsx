import type { ReactNode, Ref } from 'react';
import { SCENE_STYLE } from '../scene/sceneStyle';
import type { EditorNotePlacement } from './editorNotePlacement';
import type { CanvasMessage } from './useDocWrite';

/**
 * Shown under a sticky being typed when the facilitator locks the board: the editor stays
 * (nothing typed is lost) and its text is kept until the board is unlocked, then shared.
 * `left`/`top` are screen px in the canvas container.
 */
export function LockedWhileTypingNote({ left, top }: { left: number; top: number }) {
  return (
    <div
      role="status"
      data-testid="editor-locked-hint"
      style={{
        position: 'absolute',
        left,
        top,
        maxWidth: 280,
        padding: '6px 10px',
        background: '#eeeafd',
        color: '#4a3aa8',
        border: '1px solid #c9c0f5',
        borderRadius: 6,
        font: `600 12px ${SCENE_STYLE.fontFamily}`,
        zIndex: 2,
      }}
    >
      The facilitator locked the board. Your text is kept and shared when they unlock it.
    </div>
  );
}

/** The canvas's last note or error about a write (bottom left; an error is an alert). */
export function CanvasMessageBox({ message }: { message: CanvasMessage }) {
  const error = message.kind === 'error';
  return (
    <div
      role={error ? 'alert' : 'status'}
      data-testid={error ? undefined : 'canvas-note'}
      style={{
        position: 'absolute',
        left: 12,
        bottom: 12,
        maxWidth: 420,
        padding: '8px 12px',
        borderRadius: 6,
        font: `13px ${SCENE_STYLE.fontFamily}`,
        ...(error
          ? { background: '#fee2e2', color: '#991b1b', border: '1px solid #fca5a5' }
          : { background: '#e0e7ff', color: '#1e3a8a', border: '1px solid #a5b4fc' }),
      }}
    >
      {message.text}
    </div>
  );
}

/**
 * By a sticky editor whose save was refused, or whose sticky someone deleted while it was open
 * (then an alert with ways on: `children`). `placement` is in screen px of the canvas container
 * (see `placeEditorNote`).
 */
export function StickyEditorNote({ ref, placement, width, children }: { ref?: Ref<HTMLDivElement>; placement: EditorNotePlacement; width: number; children: ReactNode }) {
  return (
    <div
      ref={ref}
      data-testid="sticky-editor-note"
      style={{
        position: 'absolute',
        ...placement,
        width,
        boxSizing: 'border-box',
        padding: '8px 10px',
        background: '#fee2e2',
        color: '#991b1b',
        border: '1px solid #fca5a5',
        borderRadius: 6,
        font: `13px ${SCENE_STYLE.fontFamily}`,
        zIndex: 3,
      }}
    >
      {children}
    </div>
  );
}
