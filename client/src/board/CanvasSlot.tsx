import { forwardRef, lazy, Suspense } from 'react';
import type { BoardCanvasHandle, BoardCanvasProps } from '../canvas/BoardCanvasProps';

// The canvas (konva, react-konva) is loaded with the board, in a chunk of its own.
const LazyCanvas = lazy(() => import('../canvas/BoardCanvas').then((m) => ({ default: m.BoardCanvas })));

/** The board canvas, with a placeholder while its code loads. */
export const CanvasSlot = forwardRef<BoardCanvasHandle, BoardCanvasProps>(function CanvasSlot(props, ref) {
  return (
    <Suspense
      fallback={
        <div className="canvas-placeholder" role="status" style={{ width: props.width, height: props.height }}>
          Loading the canvas…
        </div>
      }
    >
      <LazyCanvas ref={ref} {...props} />
    </Suspense>
  );
});
