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

/** Lines the text takes at a font size. */
type LinesAt = (fontSize: number) => number;

/**
 * The first of `fontSizes` whose layout is at most `limit` high, else null. Sizes are tried
 * largest first, so only a text that needs a smaller size is measured at it.
 */
function firstFitting(linesAt: LinesAt, fontSizes: readonly number[], limit: number): StickyTextLayout | null {
  for (const fontSize of fontSizes) {
    const height = stickyHeight(linesAt(fontSize), fontSize);
    if (height <= limit) return { fontSize, height };
  }
  return null;
}

function layoutFromLines(linesAt: LinesAt, room: number): StickyTextLayout {
  const { fontSizes, crowdedFontSizes, maxHeight } = SCENE_STYLE.sticky;
  const fitted =
    firstFitting(linesAt, fontSizes, Math.min(maxHeight, room)) ??
    // Past the maximum at the smallest regular size, as far as the room goes…
    firstFitting(linesAt, fontSizes.slice(-1), room) ??
    // …then, only when a sticky below limits the room, smaller still: small words can be zoomed
    // in on, on the canvas and in the PNG; words under another sticky cannot be read at all.
    firstFitting(linesAt, crowdedFontSizes, room);
  if (fitted) return fitted;
  // Too long for its room even at the smallest size: it grows past it, drawn under the sticky it
  // reaches (stickyDrawOrder), so that one's text stays whole and this one shows all it can.
  const floor = crowdedFontSizes[crowdedFontSizes.length - 1]!;
  return { fontSize: floor, height: stickyHeight(linesAt(floor), floor) };
}

/**
 * Lays out a sticky's text so that all of it shows (on the canvas and in the PNG): the sticky
 * grows with its text up to the style's `maxHeight`; text longer than that steps down through
 * the smaller `fontSizes` first; text that fits in none of them stays at the smallest size and
 * the sticky grows as tall as it needs (2,000 characters, the longest a sticky holds, make a
 * sticky of about 1,000 px).
 *
 * `room` is the height the sticky may take without reaching the sticky below it (see
 * stickyRooms; Infinity when nothing is below): the sticky then grows only that far, and its
 * text steps down through the regular sizes, then the `crowdedFontSizes`, to fit. Nobody's
 * sticky moves: only the sticky that grew sets its text smaller.
 */
export function stickyTextLayout(text: string, measure: MeasureText, room = Infinity): StickyTextLayout {
  return layoutFromLines((fontSize) => wrapTextLines(text, STICKY_WRAP_WIDTH, fontSize, measure), room);
}

/** Line counts already measured, per measurer, by text, by font size: a board change measures only the stickies whose text is new. */
const cache = new WeakMap<MeasureText, Map<string, Map<number, number>>>();
/** Bounded: a session's texts are few, but every keystroke typed into a sticky is a new one. */
const CACHE_LIMIT = 5_000;

/**
 * {@link stickyTextLayout}, with line counts remembered by text and font size: the scene is
 * rebuilt on every document change, and re-measuring a thousand unchanged stickies each time
 * would be wasted work. A sticky whose room changed (a sticky dropped below it) is laid out
 * again from the remembered counts, without measuring. Same result as the plain function.
 */
export function cachedStickyTextLayout(text: string, measure: MeasureText, room = Infinity): StickyTextLayout {
  let byText = cache.get(measure);
  if (!byText) {
    byText = new Map();
    cache.set(measure, byText);
  }
  let bySize = byText.get(text);
  if (!bySize) {
    if (byText.size >= CACHE_LIMIT) byText.clear();
    bySize = new Map();
    byText.set(text, bySize);
  }
  const counts = bySize;
  return layoutFromLines((fontSize) => {
    let lines = counts.get(fontSize);
    if (lines === undefined) {
      lines = wrapTextLines(text, STICKY_WRAP_WIDTH, fontSize, measure);
      counts.set(fontSize, lines);
    }
    return lines;
  }, room);
}
