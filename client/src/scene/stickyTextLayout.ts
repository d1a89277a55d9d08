import { SCENE_STYLE } from './sceneStyle';
import { wrapTextLines, type MeasureText } from './wrapTextLines';

/** How a sticky's text is set: its font size and the sticky's height that shows all of it. */
export interface StickyTextLayout {
  fontSize: number;
  height: number;
}

/** Width the text is wrapped into: a little narrower than the text box, so an estimate error costs blank space, not a cut line. */
export const STICKY_WRAP_WIDTH = SCENE_STYLE.sticky.width - 2 * SCENE_STYLE.sticky.padding - 4;

/** Height of a sticky whose text wraps into `lines` lines at `fontSize`, never below the style's minimum. */
export function stickyHeight(lines: number, fontSize: number = SCENE_STYLE.sticky.fontSize): number {
  const { lineHeight, padding, headerHeight, minHeight } = SCENE_STYLE.sticky;
  return Math.max(minHeight, Math.ceil(headerHeight + lines * fontSize * lineHeight + padding));
}

/**
 * Lays out a sticky's text so that all of it shows (on the canvas and in the PNG): the sticky
 * grows with its text up to the style's `maxHeight`; text longer than that steps down through
 * the smaller `fontSizes` first; text that fits in none of them stays at the smallest size and
 * the sticky grows as tall as it needs (2,000 characters, the longest a sticky holds, make a
 * sticky of about 1,000 px).
 */
export function stickyTextLayout(text: string, measure: MeasureText): StickyTextLayout {
  const { fontSizes, maxHeight } = SCENE_STYLE.sticky;
  let layout: StickyTextLayout | null = null;
  for (const fontSize of fontSizes) {
    layout = { fontSize, height: stickyHeight(wrapTextLines(text, STICKY_WRAP_WIDTH, fontSize, measure), fontSize) };
    if (layout.height <= maxHeight) return layout;
  }
  return layout!;
}

/** Layouts already computed, per measurer, by text: a board change lays out only the stickies whose text is new. */
const cache = new WeakMap<MeasureText, Map<string, StickyTextLayout>>();
/** Bounded: a session's texts are few, but every keystroke typed into a sticky is a new one. */
const CACHE_LIMIT = 5_000;

/**
 * {@link stickyTextLayout}, remembered by text: the scene is rebuilt on every document change,
 * and re-measuring a thousand unchanged stickies each time would be wasted work. Same result as
 * the plain function (layouts are immutable values).
 */
export function cachedStickyTextLayout(text: string, measure: MeasureText): StickyTextLayout {
  let byText = cache.get(measure);
  if (!byText) {
    byText = new Map();
    cache.set(measure, byText);
  }
  const hit = byText.get(text);
  if (hit) return hit;
  const layout = stickyTextLayout(text, measure);
  if (byText.size >= CACHE_LIMIT) byText.clear();
  byText.set(text, layout);
  return layout;
}
