import { describe, expect, it } from 'vitest';
import { LANE_PALETTE, branchPoints, laneLayout } from './laneLayout';

describe('laneLayout', () => {
  const channels = [
    { id: 'c1', name: 'Status page' },
    { id: 'c2', name: 'Email', color: '#123456' },
    { id: 'c3', name: 'Twitter' },
  ];

  it.each([
    { options: {}, ys: [80, 140, 200], bottom: 230 },
    { options: { mainY: 100, firstLaneOffset: 50, laneSpacing: 40 }, ys: [150, 190, 230], bottom: 250 },
  ])('stacks lanes below the main line ($options)', ({ options, ys, bottom }) => {
    const layout = laneLayout(channels, options);
    expect(layout.lanes.map((l) => l.y)).toEqual(ys);
    expect(layout.bottom).toBe(bottom);
    expect(layout.laneY('c2')).toBe(ys[1]);
    expect(layout.laneY('nope')).toBeUndefined();
  });

  it("uses a channel's own colour, else the palette by position", () => {
    const layout = laneLayout(channels);
    expect(layout.lanes.map((l) => l.color)).toEqual([LANE_PALETTE[0], '#123456', LANE_PALETTE[2]]);
  });

  it('has a bottom just under the main line when there are no channels', () => {
    const layout = laneLayout([]);
    expect(layout.lanes).toEqual([]);
    expect(layout.bottom).toBeGreaterThan(layout.mainY);
  });

  it('branches start on the main line and end on the lane', () => {
    const points = branchPoints(50, 0, 80);
    expect(points.slice(0, 2)).toEqual([50, 0]);
    expect(points.slice(-1)).toEqual([80]);
  });
});
