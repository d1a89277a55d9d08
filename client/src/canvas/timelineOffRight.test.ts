import { describe, expect, it } from 'vitest';
import type { Rect, SceneMarker } from '../scene/sceneTypes';
import { fitBoardViewport, fitViewport } from './fitViewport';
import { timelineOffRight } from './timelineOffRight';

// The example incident's timeline (4 h 27 min: lane names, alert at x 0, resolution at 1468.5) and a
// 14-hour one's (resolution at 1680), as computeScene lays them out; the canvas beside the panels
// at 1024 and 1440 px.
const example: Rect = { x: -248.74, y: -174, width: 1776, height: 468 };
const long: Rect = { x: -257.2, y: -174, width: 2004.4, height: 408 };
const resolution = (x: number): SceneMarker => ({ kind: 'resolution', x, y1: 0, y2: 100, label: 'Resolution', timeLabel: '13:39', color: '#000' });
const laptop = { width: 664, height: 609 };
const desktop = { width: 1000, height: 809 };

describe('timelineOffRight', () => {
  it.each([
    { case: 'example at 1024 px', timeline: example, canvas: laptop, endX: 1468.5 },
    { case: 'example at 1440 px', timeline: example, canvas: desktop, endX: 1468.5 },
    { case: '14-hour incident at 1440 px', timeline: long, canvas: desktop, endX: 1680 },
  ])('says the first view of a long incident cuts it, and that its end is off-screen: $case', ({ timeline, canvas, endX }) => {
    const view = fitBoardViewport(timeline, timeline, canvas.width, canvas.height);
    const off = timelineOffRight(view, canvas.width, canvas.height, timeline, resolution(endX));
    expect(off).toMatchObject({ end: { label: 'Resolution', timeLabel: '13:39' } });
    // Just above the timeline, on the canvas.
    expect(off!.top).toBeLessThan(timeline.y * view.scale + view.y);
    expect(off!.top).toBeGreaterThanOrEqual(10);
  });

  it('says nothing when all of the timeline is in view', () => {
    const view = fitViewport(example, laptop.width, laptop.height);
    expect(timelineOffRight(view, laptop.width, laptop.height, example, resolution(1468.5))).toBeNull();
    const short: Rect = { x: -200, y: -196, width: 900, height: 300 };
    const first = fitBoardViewport(short, short, desktop.width, desktop.height);
    expect(timelineOffRight(first, desktop.width, desktop.height, short, resolution(640))).toBeNull();
  });

  it('does not name the end when only the tail after it is cut', () => {
    const view = { x: 0, y: 300, scale: 0.7 };
    // The resolution at 1300 is at 910 px on a 1000 px canvas; the timeline ends at 1000 px + 28 px.
    const off = timelineOffRight(view, 1000, 800, { x: 0, y: -196, width: 1469, height: 300 }, resolution(1300));
    expect(off).toEqual({ top: 300 - 196 * 0.7 - 38, end: null });
  });

  it('keeps inside the canvas when the timeline starts at its top edge', () => {
    const view = { x: 0, y: 174 * 0.7 + 32, scale: 0.7 };
    expect(timelineOffRight(view, 600, 500, long, undefined)).toEqual({ top: 10, end: null });
  });

  it('says nothing on a canvas not laid out yet', () => {
    expect(timelineOffRight({ x: 0, y: 0, scale: 1 }, 0, 0, example, resolution(1468.5))).toBeNull();
  });
});
