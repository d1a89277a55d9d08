/** Width of `text` in px at `fontSize` (bold when `bold`). */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/** A measure-free estimate (average glyph ≈ 0.56 em), close enough for short labels and tests. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.6 : 0.56);

/**
 * How many lines `text` takes when word-wrapped into `width`, the way Konva's Text wraps
 * (`wrap: 'word'`): explicit newlines break, words fill greedily, a word wider than the line is
 * split across lines. At least one line, even for empty text.
 */
export function wrapTextLines(text: string, width: number, fontSize: number, measure: MeasureText = estimateTextWidth): number {
  if (!(width > 0)) return 1;
  let lines = 0;
  const space = measure(' ', fontSize);
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      const w = measure(word, fontSize);
      if (used > 0 && used + space + w <= width) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      if (w <= width) {
        used = w;
      } else {
        // A long word (a URL) breaks across lines.
        const extra = Math.ceil(w / width) - 1;
        lines += extra;
        used = w - extra * width;
      }
    }
  }
  return Math.max(1, lines);
}
