import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Analysis, Board, Role } from '@gapboard/shared';
import type { RemoteInkStroke, Viewport } from '../canvas/BoardCanvasProps';
import type { ConnectionState } from '../sync/connectionState';

/** What end-to-end tests read from `window.__gapboard` (canvas content is not in the DOM). */
export interface GapboardDebugHook {
  doc: Y.Doc;
  board: Board;
  analysis: Analysis;
  role: Role;
  readOnly: boolean;
  connection: ConnectionState;
  meetingStatus: string;
  /** Others' strokes being drawn right now (socket.io, not yet in the document). */
  remoteInk: RemoteInkStroke[];
  /** The canvas view (pan and zoom) as last reported by the canvas; null before its first fit. */
  viewport: Viewport | null;
}

declare global {
  interface Window {
    __gapboard?: GapboardDebugHook;
  }
}

/** True in development builds, or when the page address carries `?debug`. */
export function debugHookEnabled(): boolean {
  return import.meta.env.DEV || new URLSearchParams(window.location.search).has('debug');
}

/**
 * Exposes the board's live state as `window.__gapboard` for tests and debugging, only when
 * {@link debugHookEnabled}. Read-only links stay read-only: the server drops their writes.
 */
export function useDebugHook(hook: GapboardDebugHook): void {
  const { doc, board, analysis, role, readOnly, connection, meetingStatus, remoteInk, viewport } = hook;
  useEffect(() => {
    if (!debugHookEnabled()) return;
    window.__gapboard = { doc, board, analysis, role, readOnly, connection, meetingStatus, remoteInk, viewport };
  }, [doc, board, analysis, role, readOnly, connection, meetingStatus, remoteInk, viewport]);
  useEffect(
    () => () => {
      delete window.__gapboard;
    },
    [],
  );
}
