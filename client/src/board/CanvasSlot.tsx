import { forwardRef, lazy, Suspense, type ComponentType, type RefAttributes } from 'react';
import type { BoardCanvasHandle, BoardCanvasProps } from '../canvas/BoardCanvasProps';

type CanvasComponent = ComponentType<BoardCanvasProps & RefAttributes<BoardCanvasHandle>>;

// The canvas module (konva) is loaded lazily, in its own chunk. It is looked up with a glob so
// the shell builds and runs (with a placeholder) even while the canvas is not there.
const canvasModules = import.meta.glob<{ BoardCanvas: CanvasComponent }>('../canvas/BoardCanvas.tsx');
const loadCanvas = canvasModules['../canvas/BoardCanvas.tsx'];
const LazyCanvas = loadCanvas ? lazy(() => loadCanvas().then((m) => ({ default: m.BoardCanvas }))) : null;

/** The board canvas, or a placeholder while it loads (or if it is missing from the build). */
export const CanvasSlot = forwardRef<BoardCanvasHandle, BoardCanvasProps>(function CanvasSlot(props, ref) {
  if (!LazyCanvas) {
    return (
      <div className="canvas-placeholder" style={{ width: props.width, height: props.height }}>
        <p>The timeline canvas is not available in this build. Use the panels on the right.</p>
      </div>
    );
  }
  return (
    <Suspense fallback={<div className="canvas-placeholder" role="status">Loading the canvas…</div>}>
      <LazyCanvas ref={ref} {...props} />
    </Suspense>
  );
});
