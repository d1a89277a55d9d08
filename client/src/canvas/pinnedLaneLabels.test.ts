import { describe, expect, it } from 'vitest';
import type { SceneLane } from '../scene/sceneTypes';
import { pinnedLaneLabels } from './pinnedLaneLabels';

// 10 px per character: "Status page" is 110 px wide.
const mono = (text: string) => text.length * 10;

function lane(channelId: string, name: string, y: number): SceneLane {
  // As computeScene lays it out: the label box is the 180 px left of the time range (x = 0 here).
  return { channelId, name, color: '#1f77b4', y, x1: 14, x2: 3000, branch: null, labelX: -190, labelWidth: 180, dots: [] };
}

const lanes = [lane('status', 'Status page', 80), lane('email', 'Email', 140), lane('desk', 'Service desk', 200)];
const names = (view: { x: number; y: number; width: number; height: number }) => pinnedLaneLabels(lanes, view, mono).map((l) => l.name);

describe('pinnedLaneLabels', () => {
  it('pins nothing while the labels are in view', () => {
    expect(names({ x: -300, y: -200, width: 1200, height: 600 })).toEqual([]);
  });

  it('pins the labels once they have scrolled out of the view', () => {
    // Every label box ends at x = -10; partly cut labels are left as they are.
    expect(names({ x: -100, y: -200, width: 800, height: 600 })).toEqual([]);
    expect(names({ x: -10, y: -200, width: 800, height: 600 })).toEqual(['Status page', 'Email', 'Service desk']);
    expect(names({ x: 1200, y: -200, width: 800, height: 600 })).toEqual(['Status page', 'Email', 'Service desk']);
  });

  it('pins a label whose last few px still show, which the tag covers', () => {
    expect(pinnedLaneLabels(lanes, { x: -15, y: -200, width: 800, height: 600 }, mono, 0, 4)).toEqual([]);
    expect(pinnedLaneLabels(lanes, { x: -13, y: -200, width: 800, height: 600 }, mono, 0, 4).map((l) => l.name)).toEqual(['Status page', 'Email', 'Service desk']);
  });

  it('pins only the lanes on screen: inside the view vertically, and not past their end', () => {
    expect(names({ x: 1200, y: 100, width: 800, height: 80 })).toEqual(['Email']);
    expect(names({ x: 3100, y: -200, width: 800, height: 600 })).toEqual([]);
  });

  it('keeps a margin at the top and bottom edges', () => {
    expect(pinnedLaneLabels(lanes, { x: 1200, y: 75, width: 800, height: 130 }, mono, 10).map((l) => l.name)).toEqual(['Email']);
  });

  it('carries the text width, capped at the label box', () => {
    const long = lane('x', 'x'.repeat(40), 80);
    const [pinned] = pinnedLaneLabels([long], { x: 500, y: 0, width: 800, height: 600 }, mono);
    expect(pinned!.textWidth).toBe(180);
    expect(pinned!.y).toBe(80);
  });
});
