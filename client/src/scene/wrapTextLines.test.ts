import { describe, expect, it } from 'vitest';
import { wrapTextLines, type MeasureText } from './wrapTextLines';

// Every character is 10 px wide, so lines are easy to count by hand.
const mono: MeasureText = (text) => text.length * 10;

describe('wrapTextLines', () => {
  it.each([
    { text: '', width: 100, lines: 1 },
    { text: 'short', width: 100, lines: 1 },
    { text: 'aaaa bbbb', width: 90, lines: 1 }, // 4 + 1 + 4 chars = 90 px
    { text: 'aaaa bbbbb', width: 90, lines: 2 },
    { text: 'one\ntwo\n\nfour', width: 100, lines: 4 },
    { text: 'x'.repeat(25), width: 100, lines: 3 }, // a 250 px word over 100 px lines
    { text: 'aa ' + 'x'.repeat(25) + ' bb', width: 100, lines: 4 },
    { text: 'aa   bb', width: 100, lines: 1 },
  ])('$text in $width px → $lines lines', ({ text, width, lines }) => {
    expect(wrapTextLines(text, width, 14, mono)).toBe(lines);
  });
});
