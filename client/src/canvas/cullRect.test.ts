import { describe, expect, it } from 'vitest';
import { intersects, nextCullRect, visibleWorldRect } from './cullRect';

describe('cull rectangle', () => {
  it('maps the viewport to the world rectangle it shows', () => {
    expect(visibleWorldRect({ x: -100, y: 50, scale: 2 }, 800, 600)).toEqual({ x: 50, y: -25, width: 400, height: 300 });
  });

  it('grows the visible rect by a screen each way, and keeps it while the view stays inside', () => {
    const first = nextCullRect(null, { x: 0, y: 0, width: 100, height: 50 });
    expect(first).toEqual({ x: -100, y: -50, width: 300, height: 150 });
    expect(nextCullRect(first, { x: 80, y: 40, width: 100, height: 50 })).toBe(first);
    expect(nextCullRect(first, { x: 250, y: 0, width: 100, height: 50 })).not.toBe(first);
  });

  it('recomputes after zooming in a lot, so the mounted region shrinks again', () => {
    const wide = nextCullRect(null, { x: 0, y: 0, width: 1000, height: 1000 });
    expect(nextCullRect(wide, { x: 400, y: 400, width: 100, height: 100 })).toEqual({ x: 300, y: 300, width: 300, height: 300 });
  });

  it.each([
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 10, width: 5, height: 5 }, true],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 0, width: 5, height: 5 }, false],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: -5, width: 30, height: 30 }, true],
  ])('intersects(%o, %o) = %s', (a, b, expected) => {
    expect(intersects(a, b)).toBe(expected);
  });
});
