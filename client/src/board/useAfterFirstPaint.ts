import { useEffect, useState } from 'react';

/**
 * False on the first render, true from the first task after the next frame was painted
 * (a timeout queued from an animation frame runs once that frame is done).
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timeout: number | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timeout !== undefined) window.clearTimeout(timeout);
    };
  }, []);
  return painted;
}
