import { describe, expect, it } from 'vitest';
import { fitPixelRatio, MAX_EXPORT_AREA_PX, MAX_EXPORT_SIDE_PX } from './exportPng';

describe('fitPixelRatio', () => {
  it.each([
    { width: 3000, height: 800, requested: 2, ratio: 2 },
    { width: 8000, height: 800, requested: 2, ratio: 2 },
    { width: 10_000, height: 800, requested: 2, ratio: MAX_EXPORT_SIDE_PX / 10_000 },
    { width: 900, height: 40_000, requested: 2, ratio: MAX_EXPORT_SIDE_PX / 40_000 },
    { width: 3000, height: 800, requested: 1, ratio: 1 },
    { width: 7500, height: 7500, requested: 2, ratio: Math.sqrt(MAX_EXPORT_AREA_PX / 7500 ** 2) },
  ])('$width×$height at $requested× → $ratio×', ({ width, height, requested, ratio }) => {
    const r = fitPixelRatio(width, height, requested);
    expect(r).toBeCloseTo(ratio, 9);
    expect(Math.max(width, height) * r).toBeLessThanOrEqual(MAX_EXPORT_SIDE_PX + 1e-6);
    expect(width * r * height * r).toBeLessThanOrEqual(MAX_EXPORT_AREA_PX * (1 + 1e-9));
  });
});
