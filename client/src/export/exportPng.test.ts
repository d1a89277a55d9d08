import { describe, expect, it } from 'vitest';
import { analyzeBoard, type Board } from '@gapboard/shared';
import { computeScene, LANE_LABEL_WIDTH } from '../scene/computeScene';
import { estimateTextWidth } from '../scene/wrapTextLines';
import { exportScene, fitPixelRatio, MAX_EXPORT_AREA_PX, MAX_EXPORT_SIDE_PX } from './exportPng';

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

describe('exportScene', () => {
  it('labels the lanes with whole channel names, which the live canvas cuts', () => {
    const t0 = Date.parse('2025-03-12T08:05:00Z');
    const long = 'Support email (Zendesk macro for EU merchants)';
    const board: Board = {
      meta: { title: 'Checkout', startedAt: t0, resolvedAt: t0 + 335 * 60_000, cadenceMinutes: 30, customerImpact: '' },
      channels: [
        { id: 'c1', name: 'Status page' },
        { id: 'c2', name: long },
      ],
      comms: [{ id: 'm1', channelId: 'c2', at: t0 + 25 * 60_000, sender: 'Priya', summary: 'Investigating' }],
      stickies: [],
      actions: [],
      annotations: [],
    };
    const analysis = analyzeBoard(board, { now: t0 });
    const png = exportScene(board, analysis, t0);
    const live = computeScene(board, analysis, { now: t0 });
    // No canvas in this environment: the measurer falls back to the estimate.
    const needed = estimateTextWidth(long, 14, true);
    expect(live.lanes.map((l) => l.labelWidth)).toEqual([LANE_LABEL_WIDTH, LANE_LABEL_WIDTH]);
    expect(needed).toBeGreaterThan(LANE_LABEL_WIDTH);
    for (const lane of png.lanes) {
      expect(lane.labelWidth).toBeGreaterThanOrEqual(needed);
      // Right-aligned where the live canvas has them, just before the time range…
      expect(lane.labelX + lane.labelWidth).toBe(live.lanes[0]!.labelX + LANE_LABEL_WIDTH);
    }
    // …and inside the image.
    expect(png.exportBounds.x).toBeLessThanOrEqual(png.lanes[0]!.labelX);
  });
});
