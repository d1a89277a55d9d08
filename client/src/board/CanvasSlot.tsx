import { forwardRef, Suspense } from 'react';
import { preloadableLazy } from '../app/preloadableLazy';
import type { BoardCanvasHandle, BoardCanvasProps } from '../canvas/BoardCanvasProps';

// The canvas (konva, react-konva) is loaded with the board, in a chunk of its own; main.tsx
// preloads it when the page opens on a board, so the first render draws it without a fallback.
export const boardCanvas = preloadableLazy<BoardCanvasProps & { ref?: React.Ref<BoardCanvasHandle> }>(() =>
  import('../canvas/BoardCanvas').then((m) => m.BoardCanvas),
);

/** The board canvas, with a placeholder while its code loads. */
export const CanvasSlot = forwardRef<BoardCanvasHandle, BoardCanvasProps>(function CanvasSlot(props, ref) {
  const placeholder = (
    <div className="canvas-placeholder" role="status" style={{ width: props.width, height: props.height }}>
      Loading the canvas…
    </div>
  );
  // Not measured yet (the host's layout effect sets the size before the first paint): building
  // the stage at 0 × 0 and resizing every layer's canvas right after would be wasted work.
  if (props.width <= 0 || props.height <= 0) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <boardCanvas.Component ref={ref} {...props} />
    </Suspense>
  );
});
