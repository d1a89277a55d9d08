import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { BOARD_MAPS } from '@gapboard/shared';

export interface Undo {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Per-user undo/redo: a `Y.UndoManager` over every board map that tracks only transactions
 * tagged with this client's `origin`. Remote edits (origin: the provider) are never tracked, so
 * undo never takes back someone else's work, even when it touched the same entity.
 */
export function useUndo(doc: Y.Doc, origin: object): Undo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    const scope = BOARD_MAPS.map((name) => doc.getMap(name));
    // Every write is already one meaningful step (a saved form, a finished drag, a committed
    // sticky text), so transactions are never merged: two quick adds undo one at a time.
    const um = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    const refresh = () => setStacks({ canUndo: um.undoStack.length > 0, canRedo: um.redoStack.length > 0 });
    um.on('stack-item-added', refresh);
    um.on('stack-item-popped', refresh);
    um.on('stack-cleared', refresh);
    setManager(um);
    return () => {
      um.destroy();
      setManager(null);
    };
  }, [doc, origin]);

  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  return { undo, redo, ...stacks };
}
