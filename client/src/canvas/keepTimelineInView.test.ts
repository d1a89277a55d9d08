import { describe, expect, it } from 'vitest';
import type { Rect } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';
import { visibleWorldRect } from './cullRect';
import { fitViewport } from './fitViewport';
import { keepTimelineInView } from './keepTimelineInView';

const W = 1000;
const H = 600;
const timeline: Rect = { x: -190, y: -174, width: 2000, height: 400 };
const fitted: Viewport = fitViewport(timeline, W, H);
const extent = (t: Rect, bounds: Rect = t) => ({ timeline: t, bounds });
const shows = (v: Viewport, r: Rect) => {
  const view = visibleWorldRect(v, W, H);
  return r.x >= view.x - 1 && r.y >= view.y - 1 && r.x + r.width <= view.x + view.width + 1 && r.y + r.height <= view.y + view.height + 1;
};

describe('keepTimelineInView', () => {
  it('refits a view that showed the whole timeline when a comm after the resolution widens it', () => {
    const wider = { ...timeline, width: 2600 };
    const next = keepTimelineInView(fitted, W, H, extent(timeline), extent(wider));
    expect(next).toEqual(fitViewport(wider, W, H));
    expect(shows(next!, wider)).toBe(true);
  });

  it('shifts at the same zoom when the grown timeline still fits (a new lane below)', () => {
    const short: Rect = { x: 0, y: 0, width: 800, height: 300 };
    const view: Viewport = { scale: 1, x: 100, y: 100 };
    expect(shows(view, short)).toBe(true);
    const taller = { ...short, height: 550 };
    expect(shows(view, taller)).toBe(false);
    const next = keepTimelineInView(view, W, H, extent(short), extent(taller))!;
    expect(next).toEqual({ scale: 1, x: 100, y: H - 16 - 550 });
    expect(shows(next, taller)).toBe(true);
  });

  it('changes nothing while the grown timeline is still in view', () => {
    const small: Rect = { x: 0, y: 0, width: 300, height: 200 };
    const view = fitViewport({ x: 0, y: 0, width: 800, height: 400 }, W, H);
    expect(keepTimelineInView(view, W, H, extent(small), extent({ ...small, width: 400 }))).toBeNull();
  });

  it('leaves a view that showed only part of the timeline (zoomed in, or a long incident’s first view)', () => {
    const zoomedIn: Viewport = { scale: 1, x: 0, y: 300 };
    expect(keepTimelineInView(zoomedIn, W, H, extent(timeline), extent({ ...timeline, width: 2600 }))).toBeNull();
  });

  it('refits to the whole board when all of it was in view (after Fit), else to the timeline', () => {
    const withStickies: Rect = { ...timeline, height: 900 };
    const wider = { ...timeline, width: 2600 };
    const whole = fitViewport(withStickies, W, H);
    expect(keepTimelineInView(whole, W, H, extent(timeline, withStickies), extent(wider, { ...withStickies, width: 2600 }))).toEqual(
      fitViewport({ ...withStickies, width: 2600 }, W, H),
    );
    // Only the timeline was in view (the stickies far below it were not): fit the timeline.
    const farStickies: Rect = { ...timeline, height: 5000 };
    expect(keepTimelineInView(fitted, W, H, extent(timeline, farStickies), extent(wider, { ...farStickies, width: 2600 }))).toEqual(fitViewport(wider, W, H));
  });
});
