import { describe, expect, it } from 'vitest';
import { MAX_SCALE, MIN_SCALE, fitViewport, screenToWorld, zoomAround } from './fitViewport';

describe('fitViewport', () => {
  it.each([
    { bounds: { x: 0, y: 0, width: 1000, height: 500 }, w: 564, h: 1000, scale: 0.5 },
    { bounds: { x: -200, y: -100, width: 400, height: 200 }, w: 2000, h: 2000, scale: 1 },
    { bounds: { x: 0, y: 0, width: 1e9, height: 10 }, w: 800, h: 600, scale: MIN_SCALE },
  ])('fits $bounds into $w×$h at scale $scale, centred', ({ bounds, w, h, scale }) => {
    const vp = fitViewport(bounds, w, h);
    expect(vp.scale).toBeCloseTo(scale, 9);
    const centre = screenToWorld(vp, w / 2, h / 2);
    expect(centre.x).toBeCloseTo(bounds.x + bounds.width / 2, 6);
    expect(centre.y).toBeCloseTo(bounds.y + bounds.height / 2, 6);
  });
});

describe('zoomAround', () => {
  it.each([2, 0.5, 1.1])('keeps the world point under the pointer when zooming by %s', (factor) => {
    const vp = { x: 30, y: -40, scale: 0.8 };
    const before = screenToWorld(vp, 300, 200);
    const after = screenToWorld(zoomAround(vp, factor, 300, 200), 300, 200);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('clamps the scale', () => {
    expect(zoomAround({ x: 0, y: 0, scale: 3 }, 10, 0, 0).scale).toBe(MAX_SCALE);
  });
});
