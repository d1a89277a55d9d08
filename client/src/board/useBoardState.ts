import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { analyzeBoard, readBoard, type Analysis, type Board, type InvalidEntry } from '@gapboard/shared';

/** How often an ongoing incident's analysis moves its "now" end. */
const NOW_TICK_MS = 30_000;

export interface BoardState {
  board: Board;
  invalid: InvalidEntry[];
  analysis: Analysis;
}

/**
 * The board snapshot and its analysis, recomputed from the document after every change. Bursts
 * of updates (a remote client pasting 200 comms, an import) are coalesced into one read per
 * animation frame, so the canvas and panels redraw once. For an ongoing incident, `now` ticks
 * every 30 s so the last silence keeps growing on screen.
 */
export function useBoardState(doc: Y.Doc): BoardState {
  const [snapshot, setSnapshot] = useState(() => readBoard(doc));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let frame: number | null = null;
    const flush = () => {
      frame = null;
      setSnapshot(readBoard(doc));
    };
    const onUpdate = () => {
      if (frame === null) frame = requestAnimationFrame(flush);
    };
    doc.on('update', onUpdate);
    flush();
    return () => {
      doc.off('update', onUpdate);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [doc]);

  const ongoing = snapshot.board.meta.startedAt !== undefined && snapshot.board.meta.resolvedAt == null;
  useEffect(() => {
    if (!ongoing) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), NOW_TICK_MS);
    return () => window.clearInterval(timer);
  }, [ongoing]);

  // `now` only matters while the incident is ongoing; otherwise the tick must not re-analyse.
  const nowKey = ongoing ? now : null;
  const analysis = useMemo(
    () => analyzeBoard(snapshot.board, { now: nowKey ?? Date.now(), invalid: snapshot.invalid }),
    [snapshot, nowKey],
  );
  return { board: snapshot.board, invalid: snapshot.invalid, analysis };
}
