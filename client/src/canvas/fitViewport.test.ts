import { describe, expect, it } from 'vitest';
import { MAX_SCALE, MIN_SCALE, READABLE_MIN_SCALE, fitBoardViewport, fitViewport, screenToWorld, zoomAround } from './fitViewport';

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

describe('fitBoardViewport', () => {
  it('fits the whole board when that is readable', () => {
    const bounds = { x: 0, y: 0, width: 1000, height: 500 };
    expect(fitBoardViewport(bounds, { x: 100, y: 0, width: 500, height: 300 }, 1064, 800)).toEqual(fitViewport(bounds, 1064, 800));
  });

  it('fits the timeline, not far stickies, when the whole board would be unreadable', () => {
    const bounds = { x: -5000, y: -3000, width: 12000, height: 8000 };
    const timeline = { x: 0, y: 0, width: 1000, height: 400 };
    const vp = fitBoardViewport(bounds, timeline, 1064, 800);
    expect(vp.scale).toBeCloseTo(1, 9);
    const centre = screenToWorld(vp, 1064 / 2, 800 / 2);
    expect(centre.x).toBeCloseTo(500, 6);
    expect(centre.y).toBeCloseTo(200, 6);
  });

  it('never goes below the readable scale: a huge timeline starts at its top-left corner', () => {
    const timeline = { x: -190, y: 40, width: 4000, height: 2000 };
    const vp = fitBoardViewport({ x: -400, y: 0, width: 6000, height: 3000 }, timeline, 800, 600);
    expect(vp.scale).toBe(READABLE_MIN_SCALE);
    const corner = screenToWorld(vp, 32, 32);
    expect(corner.x).toBeCloseTo(timeline.x, 6);
    expect(corner.y).toBeCloseTo(timeline.y, 6);
  });

  it('centres the whole board on an axis where it fits, and starts a too-wide timeline at its left end', () => {
    const bounds = { x: 0, y: -100, width: 3000, height: 600 };
    const vp = fitBoardViewport(bounds, { x: 0, y: 0, width: 3000, height: 300 }, 800, 600);
    expect(vp.scale).toBe(READABLE_MIN_SCALE);
    expect(screenToWorld(vp, 32, 0).x).toBeCloseTo(0, 6);
    expect(screenToWorld(vp, 0, 300).y).toBeCloseTo(200, 6);
  });
});
