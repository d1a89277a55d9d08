import { describe, expect, it } from 'vitest';
import { visibleWorldRect } from './cullRect';
import { MAX_SCALE, MIN_SCALE, READABLE_MIN_SCALE, fitBoardViewport, fitViewport, followViewport, screenToWorld, zoomAround } from './fitViewport';

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

describe('followViewport', () => {
  /** The world rectangle a viewport shows on a canvas of that size. */
  const seen = (v: { x: number; y: number; scale: number }, w: number, h: number) => visibleWorldRect(v, w, h);
  const contains = (outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) => {
    const eps = 1e-6;
    expect(outer.x).toBeLessThanOrEqual(inner.x + eps);
    expect(outer.y).toBeLessThanOrEqual(inner.y + eps);
    expect(outer.x + outer.width).toBeGreaterThanOrEqual(inner.x + inner.width - eps);
    expect(outer.y + outer.height).toBeGreaterThanOrEqual(inner.y + inner.height - eps);
  };
  const led = { x: -412, y: -96, scale: 1.48, width: 1000, height: 763 };

  it.each([
    { name: 'a narrower canvas (the audit: 664 px against 1000)', w: 664, h: 582 },
    { name: 'a shorter canvas', w: 1000, h: 400 },
    { name: 'the same canvas', w: 1000, h: 763 },
    { name: 'a larger canvas', w: 1600, h: 1000 },
  ])("shows all of the leader's view on $name, centred", ({ w, h }) => {
    const v = followViewport(led, w, h);
    const theirs = seen(led, led.width, led.height);
    contains(seen(v, w, h), theirs);
    const centre = screenToWorld(v, w / 2, h / 2);
    expect(centre.x).toBeCloseTo(theirs.x + theirs.width / 2, 6);
    expect(centre.y).toBeCloseTo(theirs.y + theirs.height / 2, 6);
  });

  it("scales down only as much as needed, and never above the leader's scale", () => {
    expect(followViewport(led, 664, 763).scale).toBeCloseTo(1.48 * 0.664, 9);
    expect(followViewport(led, 1000, 763)).toEqual({ x: led.x, y: led.y, scale: led.scale });
    expect(followViewport(led, 2000, 2000).scale).toBe(1.48);
  });

  it("copies the viewport when the leader's canvas size is unknown (an older client)", () => {
    expect(followViewport({ x: 5, y: 6, scale: 2 }, 664, 582)).toEqual({ x: 5, y: 6, scale: 2 });
  });
});
