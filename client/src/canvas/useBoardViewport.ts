import type Konva from 'konva';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Rect } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';
import { fitViewport, zoomAround } from './fitViewport';

export interface BoardViewportOptions {
  controlled: Viewport | undefined;
  onChange: ((viewport: Viewport) => void) | undefined;
  width: number;
  height: number;
  bounds: Rect;
}

/**
 * The canvas viewport: controlled by the shell when following the facilitator, otherwise owned
 * here. Until the user pans or zooms, it keeps the whole board in view as content arrives (the
 * document syncs in after the first render), which is the "zoom to fit on first load".
 */
export function useBoardViewport({ controlled, onChange, width, height, bounds }: BoardViewportOptions) {
  const [own, setOwn] = useState<Viewport>(() => fitViewport(bounds, width, height));
  const viewport = controlled ?? own;
  const current = useRef(viewport);
  current.current = viewport;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const userMoved = useRef(false);
  const size = useRef({ width, height, bounds });
  size.current = { width, height, bounds };

  const setViewport = useCallback((next: Viewport, byUser: boolean) => {
    if (byUser) userMoved.current = true;
    current.current = next;
    setOwn(next);
    onChangeRef.current?.(next);
  }, []);

  useEffect(() => {
    if (userMoved.current || controlled || width <= 0 || height <= 0) return;
    setViewport(fitViewport(bounds, width, height), false);
    // Refit on a real change of the content or the canvas size only.
  }, [bounds.x, bounds.y, bounds.width, bounds.height, width, height, controlled === undefined]);

  const zoomToFit = useCallback(() => {
    const { width: w, height: h, bounds: b } = size.current;
    setViewport(fitViewport(b, w, h), false);
  }, [setViewport]);

  const zoomBy = useCallback(
    (factor: number) => {
      const { width: w, height: h } = size.current;
      setViewport(zoomAround(current.current, factor, w / 2, h / 2), true);
    },
    [setViewport],
  );

  const panBy = useCallback(
    (dx: number, dy: number) => {
      const v = current.current;
      setViewport({ ...v, x: v.x + dx, y: v.y + dy }, true);
    },
    [setViewport],
  );

  /** Wheel: ctrl/cmd (and trackpad pinch, which sets ctrlKey) zooms around the pointer; otherwise pans, shift for horizontal. */
  const onWheel = useCallback(
    (e: Konva.KonvaEventObject<WheelEvent>) => {
      e.evt.preventDefault();
      const stage = e.target.getStage();
      const pointer = stage?.getPointerPosition();
      const { deltaX, deltaY, deltaMode } = e.evt;
      const unit = deltaMode === 1 ? 16 : deltaMode === 2 ? size.current.height : 1;
      if (e.evt.ctrlKey || e.evt.metaKey) {
        const factor = Math.exp(-deltaY * unit * 0.0015);
        const v = current.current;
        setViewport(zoomAround(v, factor, pointer?.x ?? size.current.width / 2, pointer?.y ?? size.current.height / 2), true);
      } else if (e.evt.shiftKey && deltaX === 0) {
        panBy(-deltaY * unit, 0);
      } else {
        panBy(-deltaX * unit, -deltaY * unit);
      }
    },
    [panBy, setViewport],
  );

  return { viewport, current, setViewport, zoomToFit, zoomBy, panBy, onWheel };
}
