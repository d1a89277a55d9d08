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
});
