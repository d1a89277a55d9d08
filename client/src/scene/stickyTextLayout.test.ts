import { describe, expect, it } from 'vitest';
import { SCENE_STYLE } from './sceneStyle';
import { cachedStickyTextLayout, stickyHeight, stickyTextLayout, STICKY_WRAP_WIDTH } from './stickyTextLayout';
import { wrapTextLines, type MeasureText } from './wrapTextLines';

// Average glyph of half an em, like a proportional sans-serif.
const measure: MeasureText = (text, fontSize) => text.length * fontSize * 0.5;
const { fontSizes, crowdedFontSizes, maxHeight, minHeight, headerHeight, padding, lineHeight } = SCENE_STYLE.sticky;

/** The room the sticky's text box has for lines at `fontSize`. */
const linesShown = (height: number, fontSize: number) => Math.floor((height - headerHeight - padding) / (fontSize * lineHeight) + 1e-9);

const sentence = 'Customers on the EU site saw the generic 502 page that links to the support portal, ';

describe('stickyTextLayout', () => {
  it('keeps a short text at the full size and the minimum height', () => {
    expect(stickyTextLayout('No update for an hour', measure)).toEqual({ fontSize: fontSizes[0], height: minHeight });
  });

  it('grows the sticky with its text up to the maximum height, at the full size', () => {
    const layout = stickyTextLayout(sentence.repeat(2), measure);
    expect(layout.fontSize).toBe(fontSizes[0]);
    expect(layout.height).toBeGreaterThan(minHeight);
    expect(layout.height).toBeLessThanOrEqual(maxHeight);
  });

  it('steps the font down for a text that would not fit at the maximum height (the audit’s 116 sticky)', () => {
    const text = sentence.repeat(4).trim();
    const layout = stickyTextLayout(text, measure);
    expect(layout.fontSize).toBeLessThan(fontSizes[0]);
    expect(layout.height).toBeLessThanOrEqual(maxHeight);
  });

  it('grows past the maximum at the smallest size rather than cut the longest text', () => {
    const text = 'word '.repeat(400).trim(); // the 2,000 characters a sticky holds
    const layout = stickyTextLayout(text, measure);
    expect(layout.fontSize).toBe(fontSizes[fontSizes.length - 1]);
    expect(layout.height).toBeGreaterThan(maxHeight);
  });

  it('always leaves room for every line of the text', () => {
    for (let n = 0; n <= 2000; n += 37) {
      const text = 'lorem ipsum dolor sit amet '.repeat(80).slice(0, n);
      const { fontSize, height } = stickyTextLayout(text, measure);
      expect(linesShown(height, fontSize)).toBeGreaterThanOrEqual(wrapTextLines(text, STICKY_WRAP_WIDTH, fontSize, measure));
    }
  });

  it('remembers the measured lines by text, with the same result, whatever the room', () => {
    let calls = 0;
    const counting: MeasureText = (text, fontSize) => {
      calls += 1;
      return measure(text, fontSize);
    };
    const text = sentence.repeat(3);
    const rooms = [Infinity, 400, 200, 150, minHeight];
    for (const room of rooms) expect(cachedStickyTextLayout(text, counting, room)).toEqual(stickyTextLayout(text, measure, room));
    // Laid out again for a smaller room, from the counts already measured.
    expect(cachedStickyTextLayout(text, counting, 150).height).toBeLessThanOrEqual(150);
    const measured = calls;
    expect(measured).toBeGreaterThan(0);
    for (const room of rooms) cachedStickyTextLayout(text, counting, room);
    expect(calls).toBe(measured);
  });
});

describe('stickyTextLayout with a sticky below (its room)', () => {
  // The grid N places stickies in: the minimum height and a gap, less the room's own gap.
  const gridRoom = minHeight + 16 - SCENE_STYLE.sticky.roomGap;
  // The example board's s1, with a sentence more typed into it.
  const grown = 'No customer update for over two hours although we had promised one in 30 minutes. Support saw tickets triple and had nothing new to tell customers, so they kept pasting the old macro.';

  it('grows only into its room, setting the text smaller, where it would have reached the sticky below (the audit’s example board)', () => {
    const room = 530 - 360 - SCENE_STYLE.sticky.roomGap; // s1 at y 360, s3 below it at y 530
    expect(stickyTextLayout(grown, measure).height).toBeGreaterThan(room);
    const layout = stickyTextLayout(grown, measure, room);
    expect(layout.height).toBeLessThanOrEqual(room);
    expect(layout.fontSize).toBeLessThan(fontSizes[0]);
    expect(linesShown(layout.height, layout.fontSize)).toBeGreaterThanOrEqual(wrapTextLines(grown, STICKY_WRAP_WIDTH, layout.fontSize, measure));
  });

  it('keeps the largest size that fits the room', () => {
    const layout = stickyTextLayout(grown, measure, gridRoom);
    expect(layout.height).toBeLessThanOrEqual(gridRoom);
    const larger = [...fontSizes, ...crowdedFontSizes].filter((size) => size > layout.fontSize);
    for (const size of larger) {
      expect(stickyHeight(wrapTextLines(grown, STICKY_WRAP_WIDTH, size, measure), size)).toBeGreaterThan(gridRoom);
    }
  });

  it('changes a layout only when the room asks for it, and goes below the regular sizes only then', () => {
    for (const text of ['No update for an hour', sentence, sentence.repeat(2), sentence.repeat(4)]) {
      const free = stickyTextLayout(text, measure);
      expect(stickyTextLayout(text, measure, free.height)).toEqual(free);
      expect(stickyTextLayout(text, measure, free.height + 100)).toEqual(free);
    }
    const text = sentence.repeat(3).trim();
    expect(stickyTextLayout(text, measure).fontSize).toBeGreaterThanOrEqual(fontSizes[fontSizes.length - 1]!);
    expect(stickyTextLayout(text, measure, gridRoom).fontSize).toBeLessThan(fontSizes[fontSizes.length - 1]!);
  });

  it('grows past its room at the smallest size when even that cannot hold the text', () => {
    const text = 'word '.repeat(400).trim();
    const layout = stickyTextLayout(text, measure, gridRoom);
    expect(layout.fontSize).toBe(crowdedFontSizes[crowdedFontSizes.length - 1]);
    expect(layout.height).toBeGreaterThan(gridRoom);
    expect(linesShown(layout.height, layout.fontSize)).toBeGreaterThanOrEqual(wrapTextLines(text, STICKY_WRAP_WIDTH, layout.fontSize, measure));
  });

  it('stays within any room it can fit, and always leaves room for every line', () => {
    const floor = crowdedFontSizes[crowdedFontSizes.length - 1]!;
    for (let n = 0; n <= 2000; n += 53) {
      const text = 'lorem ipsum dolor sit amet '.repeat(80).slice(0, n);
      for (const room of [minHeight, gridRoom, 164, 250, 400, 900]) {
        const { fontSize, height } = stickyTextLayout(text, measure, room);
        expect(linesShown(height, fontSize)).toBeGreaterThanOrEqual(wrapTextLines(text, STICKY_WRAP_WIDTH, fontSize, measure));
        const fitsAtFloor = stickyHeight(wrapTextLines(text, STICKY_WRAP_WIDTH, floor, measure), floor) <= room;
        if (fitsAtFloor) expect(height).toBeLessThanOrEqual(room);
      }
    }
  });
});
