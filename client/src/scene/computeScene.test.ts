import { analyzeBoard, boardFileToBoard, DEFAULT_CADENCE_MINUTES, exampleBoardFile, type Board } from '@gapboard/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScene } from './computeScene';
import { GAP_COLORS, SCENE_STYLE } from './sceneStyle';
import { sceneTimeAt } from './sceneTimeAt';
import { STICKY_WRAP_WIDTH } from './stickyTextLayout';
import { estimateTextWidth, wrapTextLines } from './wrapTextLines';

const T0 = Date.parse('2026-11-28T09:00:00Z');
const at = (minutes: number) => T0 + minutes * 60_000;

/** A board starting at T0; comms given as [channelId, minutes after the start]. */
function board(spec: { end?: number | null; comms?: Array<[string, number]>; stickies?: Array<[number, number]>; title?: string; timeZone?: string }): Board {
  return {
    meta: {
      title: spec.title ?? 'Login outage',
      startedAt: T0,
      resolvedAt: spec.end === null ? null : at(spec.end ?? 300),
      cadenceMinutes: DEFAULT_CADENCE_MINUTES,
      customerImpact: '',
      ...(spec.timeZone ? { timeZone: spec.timeZone } : {}),
    },
    channels: [
      { id: 'status', name: 'Status page' },
      { id: 'email', name: 'Email' },
    ],
    comms: (spec.comms ?? []).map(([channelId, m], i) => ({ id: `m${i}`, channelId, at: at(m), sender: `Sender ${i}`, summary: `Update ${i}` })),
    stickies: (spec.stickies ?? []).map(([x, y], i) => ({ id: `s${i}`, kind: 'issue', text: `Issue ${i}`, x, y })),
    actions: [],
    annotations: [],
  };
}

function scene(b: Board, now = at(400)) {
  return computeScene(b, analyzeBoard(b, { now }), { now });
}

describe('computeScene', () => {
  it('shades each interval by severity against the 30-minute target', () => {
    // Intervals: 20 (ok), 40 (over), 70 (≥2×), 130 (≥4×), 40 (over, to resolution at 300).
    const s = scene(board({ comms: [['status', 20], ['status', 60], ['email', 130], ['status', 260]] }));
    expect(s.intervalLabels.map((l) => [l.text, l.severity])).toEqual([
      ['20 min', null],
      ['40 min', 'over'],
      ['1 h 10 min', 'double'],
      ['2 h 10 min', 'quadruple'],
      ['40 min', 'over'],
    ]);
    expect(s.gapShades.map((g) => g.severity)).toEqual(['over', 'double', 'quadruple', 'over']);
    expect(s.gapShades.map((g) => g.fill)).toEqual([GAP_COLORS.over.fill, GAP_COLORS.double.fill, GAP_COLORS.quadruple.fill, GAP_COLORS.over.fill]);
  });

  it('circles the three biggest gaps, ranked, around their span on the main line', () => {
    const s = scene(board({ comms: [['status', 20], ['status', 60], ['email', 130], ['status', 260]] }));
    expect(s.gapEllipses.map((e) => e.rank)).toEqual([1, 2, 3]);
    const [first] = s.gapEllipses;
    // Rank 1 is the 130-minute silence from minute 130 to 260.
    const x = (m: number) => (m * s.time.pxPerMinute);
    expect(first!.x).toBeCloseTo((x(130) + x(260)) / 2, 6);
    expect(first!.radiusX).toBeGreaterThan((x(260) - x(130)) / 2);
  });

  it('draws fewer ellipses when there are fewer gaps, none when all is within target', () => {
    expect(scene(board({ end: 100, comms: [['status', 10], ['status', 35], ['status', 60], ['status', 80]] })).gapEllipses).toEqual([]);
    expect(scene(board({ end: 100, comms: [['status', 50]] })).gapEllipses.map((e) => e.rank)).toEqual([1, 2]);
  });

  it('puts one dot per comm on its channel lane, with the tooltip text', () => {
    const s = scene(board({ comms: [['status', 20], ['email', 21], ['email', 90]] }));
    expect(s.lanes.map((l) => [l.name, l.dots.length])).toEqual([['Status page', 1], ['Email', 2]]);
    const dot = s.lanes[1]!.dots[0]!;
    expect(dot.y).toBe(s.lanes[1]!.y);
    expect(dot.tooltip).toBe('09:21 · Sender 1 · Email\nUpdate 1');
    expect(s.lanes[1]!.branch?.slice(0, 2)).toEqual([0, s.timeline.y]);
  });

  it('labels times in the board zone', () => {
    const s = scene(board({ timeZone: 'Asia/Kolkata', comms: [['status', 20]] }));
    expect(s.lanes[0]!.dots[0]!.tooltip.startsWith('14:50 ·')).toBe(true);
    expect(s.markers[0]!.timeLabel).toBe('14:30');
  });

  it('marks the resolution, or now while the incident is ongoing', () => {
    expect(scene(board({})).markers.map((m) => m.kind)).toEqual(['alert', 'resolution']);
    const ongoing = scene(board({ end: null }), at(200));
    expect(ongoing.markers.map((m) => [m.kind, m.label])).toEqual([['alert', 'Initial alert'], ['now', 'Now (ongoing)']]);
    expect(ongoing.timeline.x2).toBeCloseTo(200 * ongoing.time.pxPerMinute, 6);
  });

  it('draws a placeholder timeline with a hint when the board has no start yet', () => {
    const b = board({});
    delete b.meta.startedAt;
    const s = scene(b);
    expect(s.markers).toEqual([]);
    expect(s.hint?.text).toMatch(/started/);
    expect(s.header.subtitle).toMatch(/not set/);
  });

  it('maps an x on the timeline back to its time, and nothing outside the window', () => {
    const s = scene(board({}));
    expect(sceneTimeAt(s, 90 * s.time.pxPerMinute)).toBe(at(90));
    expect(sceneTimeAt(s, -5)).toBeUndefined();
    expect(sceneTimeAt(s, s.time.windowX2 + 1)).toBeUndefined();
  });

  it('gives the export a header with the title above the bounds', () => {
    const s = scene(board({ title: '  Login outage ' }));
    expect(s.header.title).toBe('Login outage');
    expect(s.header.subtitle).toContain('28 Nov 2026, 09:00 → 14:00 (UTC)');
    expect(s.header.y + s.header.height).toBe(s.bounds.y);
    expect(s.exportBounds.y).toBe(s.header.y);
  });

  it('keeps a stage that runs past the resolution inside the bounds (Fit, export)', () => {
    const b = board({});
    b.meta.escalation = { from: at(200), to: at(360) }; // the resolution is at 300
    const s = scene(b);
    const band = s.bands.find((x) => x.kind === 'escalation')!;
    expect(band.x + band.width).toBeGreaterThan(s.time.windowX2);
    expect(s.bounds.x + s.bounds.width).toBeGreaterThanOrEqual(band.x + band.width);
  });

  it('lists in the export legend only what the board shows', () => {
    const labels = (b: Board) => scene(b).header.legend.map((item) => item.label);
    // No comms at all: one 300-minute gap (4× the target), circled; no comms, stickies or stages.
    expect(labels(board({}))).toEqual([`Gap: ${GAP_COLORS.quadruple.label}`, 'Suggested: 3 biggest gaps']);
    // Comms 20 minutes apart to the end: no gap; and one issue sticky.
    const steady = board({ comms: Array.from({ length: 15 }, (_, i): [string, number] => ['status', 20 * (i + 1)]), stickies: [[0, 400]] });
    expect(labels(steady)).toEqual(['Customer update (comm)', 'Issue']);
  });

  it('grows a sticky with its text, and sets long text smaller so that all of it shows', () => {
    const b = board({ stickies: [[0, 400], [200, 400], [400, 400]] });
    b.stickies[0]!.text = 'short';
    b.stickies[1]!.text = 'a longer note about how nobody owned the status page for the first two hours of the incident, so nothing went out';
    b.stickies[2]!.text = 'word '.repeat(400);
    const [short, long, huge] = scene(b).stickies;
    expect(short!.height).toBe(SCENE_STYLE.sticky.minHeight);
    expect(long!.height).toBeGreaterThan(short!.height);
    expect(long!.fontSize).toBe(SCENE_STYLE.sticky.fontSize);
    expect(huge!.fontSize).toBeLessThan(SCENE_STYLE.sticky.fontSize);
    expect(huge!.height).toBeGreaterThan(SCENE_STYLE.sticky.maxHeight);
  });

  it('a sticky grown towards the sticky below stops above it, its text set smaller (the audit’s example board)', () => {
    const now = Date.parse(exampleBoardFile.incident.resolvedAt!);
    const before = scene(boardFileToBoard(exampleBoardFile), now);
    const b = boardFileToBoard(exampleBoardFile);
    const s1 = b.stickies.find((st) => st.id === 's1')!;
    s1.text += ' Support saw tickets triple and had nothing new to tell customers, so they kept pasting the old macro.';
    const s = scene(b, now);
    const grown = s.stickies.find((st) => st.id === 's1')!;
    const below = s.stickies.find((st) => st.id === 's3')!;
    expect(grown.y + grown.height).toBeLessThanOrEqual(below.y - SCENE_STYLE.sticky.roomGap);
    expect(grown.fontSize).toBeLessThan(SCENE_STYLE.sticky.fontSize);
    // Every line of its text still has room, at the size it is set in.
    const { headerHeight, padding, lineHeight } = SCENE_STYLE.sticky;
    const lines = wrapTextLines(grown.text, STICKY_WRAP_WIDTH, grown.fontSize, estimateTextWidth);
    expect(headerHeight + lines * grown.fontSize * lineHeight + padding).toBeLessThanOrEqual(grown.height + 1e-9);
    // The sticky below is untouched: same place, same size.
    expect(below).toEqual(before.stickies.find((st) => st.id === 's3'));
  });

  it('draws a sticky too long for its room under the sticky it reaches, on the canvas and in the PNG (one scene)', () => {
    const b = board({ stickies: [[0, 400], [0, 200]] }); // s0 (older) below s1
    b.stickies[1]!.text = 'word '.repeat(400);
    const s = scene(b);
    const [first, second] = s.stickies;
    expect(first!.id).toBe('s1');
    expect(first!.y + first!.height).toBeGreaterThan(second!.y);
    expect(second!.id).toBe('s0');
  });

  it('keeps everything but stickies and ink inside the fixed bounds (where N places no sticky)', () => {
    const b = board({ comms: [['status', 20], ['email', 200]], stickies: [[0, 2000]] });
    b.meta.escalation = { from: at(200), to: at(360) }; // past the resolution
    const s = scene(b);
    const inside = (r: { x: number; y: number; width: number; height: number }) =>
      r.x >= s.fixedBounds.x && r.y >= s.fixedBounds.y && r.x + r.width <= s.fixedBounds.x + s.fixedBounds.width && r.y + r.height <= s.fixedBounds.y + s.fixedBounds.height;
    expect(inside(s.timelineBounds)).toBe(true);
    for (const band of s.bands) expect(inside(band)).toBe(true);
    for (const e of s.gapEllipses) expect(inside({ x: e.x - e.radiusX, y: e.y - e.radiusY, width: 2 * e.radiusX, height: 2 * e.radiusY })).toBe(true);
    expect(inside(s.stickies[0]!)).toBe(false);
  });

  it('bounds contain every sticky, wherever it is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -50_000, max: 50_000 })), { maxLength: 30 }),
        (positions) => {
          const s = scene(board({ comms: [['status', 30]], stickies: positions }));
          for (const sticky of s.stickies) {
            expect(sticky.x).toBeGreaterThanOrEqual(s.bounds.x);
            expect(sticky.y).toBeGreaterThanOrEqual(s.bounds.y);
            expect(sticky.x + sticky.width).toBeLessThanOrEqual(s.bounds.x + s.bounds.width);
            expect(sticky.y + sticky.height).toBeLessThanOrEqual(s.bounds.y + s.bounds.height);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
