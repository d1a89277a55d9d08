import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { act, render, type RenderResult } from '@testing-library/react';
import * as Y from 'yjs';
import { analyzeBoard, readBoard } from '@gapboard/shared';
import type { BoardContext } from '../board/BoardContext';

/**
 * Test helper (jsdom): renders a panel against a live document, as the board page does. Every
 * document update is read back synchronously (the page coalesces them per animation frame), so
 * a test sees the panel as it is after its own writes.
 *
 * `remote(edit)` is another person's change: `edit` runs on a second client's copy of the
 * document, and its update arrives here as it would over the wire (not tagged with this user's
 * origin, so not in their undo). `readOnly` renders it as a viewer (or on a locked board) sees it.
 *
 * `remoteUnseen(edit)` is one that reached the document but not the screen yet (the page reads
 * the board once per animation frame): the panel still shows the board as it was, and its
 * handlers still act on that, until `catchUp()` reads the board again.
 */
export function renderWithBoard(
  panel: (ctx: BoardContext) => ReactNode,
  setup?: (doc: Y.Doc) => void,
  { readOnly = false }: { readOnly?: boolean } = {},
): RenderResult & { doc: Y.Doc; remote(edit: (peer: Y.Doc) => void): void; remoteUnseen(edit: (peer: Y.Doc) => void): void; catchUp(): void } {
  const doc = new Y.Doc();
  setup?.(doc);
  const origin = {};
  let drawing = true;
  let reread: () => void = () => {};
  function Harness() {
    const [snapshot, setSnapshot] = useState(() => readBoard(doc));
    useEffect(() => {
      reread = () => setSnapshot(readBoard(doc));
      const onUpdate = () => {
        if (drawing) reread();
      };
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    }, []);
    const analysis = useMemo(() => analyzeBoard(snapshot.board, { now: Date.now(), invalid: snapshot.invalid }), [snapshot]);
    const ctx: BoardContext = { boardId: 'test', doc, origin, board: snapshot.board, analysis, invalid: snapshot.invalid, role: 'facilitator', readOnly };
    return <>{panel(ctx)}</>;
  }
  const remote = (edit: (peer: Y.Doc) => void) => {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(peer);
    edit(peer);
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before), 'remote'));
  };
  const remoteUnseen = (edit: (peer: Y.Doc) => void) => {
    drawing = false;
    remote(edit);
  };
  const catchUp = () => {
    drawing = true;
    act(() => reread());
  };
  return { doc, remote, remoteUnseen, catchUp, ...render(<Harness />) };
}
