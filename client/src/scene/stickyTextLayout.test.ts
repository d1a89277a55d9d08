import { describe, expect, it } from 'vitest';
import { SCENE_STYLE } from './sceneStyle';
import { cachedStickyTextLayout, stickyTextLayout, STICKY_WRAP_WIDTH } from './stickyTextLayout';
import { wrapTextLines, type MeasureText } from './wrapTextLines';

// Average glyph of half an em, like a proportional sans-serif.
const measure: MeasureText = (text, fontSize) => text.length * fontSize * 0.5;
const { fontSizes, maxHeight, minHeight, headerHeight, padding, lineHeight } = SCENE_STYLE.sticky;

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

  it('remembers layouts by text, with the same result', () => {
    const text = sentence.repeat(3);
    expect(cachedStickyTextLayout(text, measure)).toEqual(stickyTextLayout(text, measure));
    expect(cachedStickyTextLayout(text, measure)).toBe(cachedStickyTextLayout(text, measure));
  });
});
