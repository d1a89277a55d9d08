import { describe, expect, it } from 'vitest';
import { decimatePoints } from './decimatePoints';

const stroke = (n: number) => Array.from({ length: n }, (_, i) => [i, i * 10]).flat();

describe('decimatePoints', () => {
  it.each([
    { points: 10, max: 40, expected: 20 },
    { points: 10, max: 20, expected: 20 },
    { points: 3000, max: 4000, expected: 4000 },
    { points: 12_345, max: 20_000, expected: 20_000 },
    { points: 100, max: 7, expected: 6 },
  ])('$points points into at most $max values → $expected values', ({ points, max, expected }) => {
    const out = decimatePoints(stroke(points), max);
    expect(out.length).toBe(expected);
    expect(out.slice(0, 2)).toEqual([0, 0]);
    expect(out.slice(-2)).toEqual([points - 1, (points - 1) * 10]);
  });

  it('drops a dangling odd value', () => {
    expect(decimatePoints([1, 2, 3], 10)).toEqual([1, 2]);
  });
});
