import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textTokens } from './textTokens';

/** No lone surrogate: every surrogate pair whole. */
const WELL_FORMED = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

describe('textTokens', () => {
  it.each([
    ['', []],
    ['Status page silent', ['Status', ' ', 'page', ' ', 'silent']],
    ['2h, no update.', ['2h', ',', ' ', 'no', ' ', 'update', '.']],
    ['Priya (Support lead)', ['Priya', ' ', '(', 'Support', ' ', 'lead', ')']],
    ['line one\n\nline two', ['line', ' ', 'one', '\n\n', 'line', ' ', 'two']],
    ['Café déjà-vu', ['Café', ' ', 'déjà', '-', 'vu']],
    ['ok 👍🏽!', ['ok', ' ', '👍', '🏽', '!']],
    ['障害 対応', ['障害', ' ', '対応']],
  ])('splits %j into words, whitespace runs and single other characters', (text, tokens) => {
    expect(textTokens(text)).toEqual(tokens);
  });

  it('gives back the text exactly when joined, for any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(textTokens(text).join('')).toBe(text);
      }),
    );
  });

  it('never splits a code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        for (const token of textTokens(text)) expect(token).toMatch(WELL_FORMED);
      }),
    );
  });
});
