import { describe, expect, it } from 'vitest';
import { freeStickySpot, STICKY_GAP } from './freeStickySpot';

const size = { width: 170, height: 110 };
const wanted = { x: 100, y: 200 };
const sticky = (x: number, y: number, height = 110) => ({ x, y, width: 170, height });
const dx = size.width + STICKY_GAP;
const dy = size.height + STICKY_GAP;

describe('freeStickySpot', () => {
  it.each([
    ['an empty board', [], wanted],
    ['stickies elsewhere', [sticky(600, 200), sticky(100, 700)], wanted],
    ['a sticky exactly there: to its right', [sticky(100, 200)], { x: 100 + dx, y: 200 }],
    ['a sticky a few pixels off', [sticky(103, 198)], { x: 100 + dx, y: 200 }],
    ['right taken too: below', [sticky(100, 200), sticky(100 + dx, 200)], { x: 100, y: 200 + dy }],
    ['a tall sticky right: it counts its whole height', [sticky(100, 200), sticky(100 + dx, 200 - 150, 280)], { x: 100, y: 200 + dy }],
  ])('%s', (_, taken, expected) => {
    expect(freeStickySpot(taken, wanted, size)).toEqual(expected);
  });

  it('tiles a run of new stickies around the spot without any two overlapping', () => {
    const placed: ReturnType<typeof sticky>[] = [];
    for (let i = 0; i < 12; i++) {
      const spot = freeStickySpot(placed, wanted, size);
      placed.push(sticky(spot.x, spot.y));
    }
    for (const a of placed) {
      for (const b of placed) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= size.width || Math.abs(a.y - b.y) >= size.height;
        expect(apart).toBe(true);
      }
    }
  });

  it('falls back to the wanted spot on a board crowded all around', () => {
    const crowd = [];
    for (let i = -5; i <= 5; i++) for (let j = -5; j <= 5; j++) crowd.push(sticky(100 + i * dx, 200 + j * dy));
    expect(freeStickySpot(crowd, wanted, size)).toEqual(wanted);
  });

  describe('beside the timeline', () => {
    // A timeline with four lanes: axis labels from y = -174, the last lane's bottom at y = 300.
    const timeline = { x: -190, y: -174, width: 2400, height: 484 };
    // The view centred on the main line, as in a first view: the centre spot is on the timeline.
    const view = { x: -100, y: -400, width: 1200, height: 1000 };
    const onTimeline = { x: 415, y: -55 };
    const covers = (spot: { x: number; y: number }, r: { x: number; y: number; width: number; height: number }) =>
      spot.x < r.x + r.width && r.x < spot.x + size.width && spot.y < r.y + r.height && r.y < spot.y + size.height;

    it('places a sticky wanted on the timeline right above or below it, in the same column, inside the view', () => {
      const spot = freeStickySpot([], onTimeline, size, { avoid: [timeline], view });
      expect(covers(spot, timeline)).toBe(false);
      expect(spot.x).toBe(onTimeline.x);
      // Hugging the timeline with one gap: the nearest of the two sides.
      expect([timeline.y - STICKY_GAP - size.height, timeline.y + timeline.height + STICKY_GAP]).toContain(spot.y);
    });

    it('fills the row beside the timeline, then the other side', () => {
      const row = timeline.y - STICKY_GAP - size.height;
      const above = sticky(onTimeline.x, row);
      // Next to the first one, in the same row hugging the timeline.
      expect(freeStickySpot([above], onTimeline, size, { avoid: [timeline], view })).toEqual({ x: onTimeline.x + dx, y: row });
      // The row above full as far as the view goes: below the timeline, straight under the centre.
      const fullRow = [-3, -2, -1, 0, 1, 2, 3].map((i) => sticky(onTimeline.x + i * dx, row));
      const spot = freeStickySpot(fullRow, onTimeline, size, { avoid: [timeline], view });
      expect(spot.x).toBe(onTimeline.x);
      expect(spot.y).toBeGreaterThanOrEqual(timeline.y + timeline.height + STICKY_GAP / 2);
      expect(spot.y).toBeLessThan(timeline.y + timeline.height + STICKY_GAP + dy);
    });

    it('stays inside the view, reaching farther when the view is zoomed out', () => {
      const tall = { ...timeline, height: 900 }; // ten lanes
      const small = { x: 0, y: -250, width: 1000, height: 800 };
      // No free place inside this view: the wanted spot, visible for typing.
      expect(freeStickySpot([], onTimeline, size, { avoid: [tall], view: small })).toEqual(onTimeline);
      const far = { x: -1000, y: -1500, width: 3000, height: 3000 };
      const spot = freeStickySpot([], onTimeline, size, { avoid: [tall], view: far });
      expect(covers(spot, tall)).toBe(false);
      expect(spot.y).toBe(tall.y - STICKY_GAP - size.height);
    });

    it('never covers the timeline or another sticky over a run of new stickies, until the view is full', () => {
      const placed: ReturnType<typeof sticky>[] = [];
      // This view holds five columns of stickies, in one row above the timeline and two below.
      for (let i = 0; i < 15; i++) {
        const spot = freeStickySpot(placed, onTimeline, size, { avoid: [timeline], view });
        expect(covers(spot, timeline)).toBe(false);
        for (const other of placed) expect(covers(spot, other)).toBe(false);
        expect(spot.x >= view.x && spot.x + size.width <= view.x + view.width).toBe(true);
        placed.push(sticky(spot.x, spot.y));
      }
      // Full: the wanted spot, on screen for typing, rather than a place out of sight.
      expect(freeStickySpot(placed, onTimeline, size, { avoid: [timeline], view })).toEqual(onTimeline);
    });
  });
});
