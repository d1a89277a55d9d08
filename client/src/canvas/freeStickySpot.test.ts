import { describe, expect, it } from 'vitest';
import { freeStickySpot, STACK_STEP } from './freeStickySpot';

const wanted = { x: 100, y: 200 };
const s = STACK_STEP;

describe('freeStickySpot', () => {
  it.each([
    ['an empty board', [], wanted],
    ['stickies elsewhere', [{ x: 400, y: 200 }, { x: 100, y: 500 }], wanted],
    ['a sticky exactly there', [wanted], { x: 100 + s, y: 200 + s }],
    ['a sticky a few pixels off', [{ x: 103, y: 198 }], { x: 100 + s, y: 200 + s }],
    ['a cascade of three', [wanted, { x: 100 + s, y: 200 + s }, { x: 100 + 2 * s, y: 200 + 2 * s }], { x: 100 + 3 * s, y: 200 + 3 * s }],
    ['a hole in the cascade', [wanted, { x: 100 + 2 * s, y: 200 + 2 * s }], { x: 100 + s, y: 200 + s }],
    ['a sticky half a step away (not hidden)', [{ x: 100 + s / 2, y: 200 }], wanted],
  ])('%s', (_, taken, expected) => {
    expect(freeStickySpot(taken, wanted)).toEqual(expected);
  });

  it('gives up after a bounded number of steps on a pathological pile', () => {
    const pile = Array.from({ length: 200 }, (_, i) => ({ x: 100 + i * s, y: 200 + i * s }));
    const spot = freeStickySpot(pile, wanted);
    expect(spot.x - wanted.x).toBe(spot.y - wanted.y);
    expect(spot.x - wanted.x).toBeLessThanOrEqual(50 * s);
  });
});
