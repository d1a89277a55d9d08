import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFLICT_SEPARATOR, mergeText } from './mergeText';
import { textTokens } from './textTokens';

describe('mergeText: what the audit saw', () => {
  it('two people each add a sentence to one sticky: both sentences stay, the one saved first first', () => {
    const base = 'No status page update for 2 hours.';
    const jonas = `${base} Support was not told.`; // saved first: stored
    const aisha = `${base} Nobody owned the status page.`; // saved second
    expect(mergeText(base, jonas, aisha)).toEqual({
      text: 'No status page update for 2 hours. Support was not told. Nobody owned the status page.',
      conflict: true,
    });
  });

  it('an owner typed while someone else saved another: both names stay, clearly apart', () => {
    expect(mergeText('', 'Ravi (SRE)', 'Priya (Support lead) with Sam')).toEqual({
      text: `Ravi (SRE)${CONFLICT_SEPARATOR}Priya (Support lead) with Sam`,
      conflict: true,
    });
  });

  it('a root cause typed while someone else saved one: both stay', () => {
    expect(mergeText('', 'No update from the dev team', 'Nobody owned customer comms').text).toBe('No update from the dev team / Nobody owned customer comms');
  });
});

describe('mergeText: clean merges', () => {
  it.each([
    ['edits of different words', 'Status page silent for 2h', 'Status page was silent for 2h', 'Status page silent for 3h', 'Status page was silent for 3h'],
    ['a fix at the start, a sentence added at the end', 'stauts page silent.', 'Status page silent.', 'stauts page silent. Nobody owned it.', 'Status page silent. Nobody owned it.'],
    ['a rewritten word and an addition right after it', 'silent for 2h', 'silent for 3h', 'silent for 2h, nobody owned it', 'silent for 3h, nobody owned it'],
    ['an addition right before a rewritten word', 'silent for 2h', 'silent for 3h', 'silent for about 2h', 'silent for about 3h'],
    ['a deletion and an edit elsewhere', 'Email and SMS were late, again', 'Email were late, again', 'Email and SMS were late, twice', 'Email were late, twice'],
    ['the same change on both sides', 'Ravi', 'Ravi (SRE)', 'Ravi (SRE)', 'Ravi (SRE)'],
    ['separate lines', 'one\ntwo\nthree', 'one!\ntwo\nthree', 'one\ntwo\nthree?', 'one!\ntwo\nthree?'],
  ])('%s', (_what, base, theirs, mine, merged) => {
    expect(mergeText(base, theirs, mine)).toEqual({ text: merged, conflict: false });
  });

  it('takes the other side whole when one side did not change', () => {
    expect(mergeText('a', 'a', 'b')).toEqual({ text: 'b', conflict: false });
    expect(mergeText('a', 'b', 'a')).toEqual({ text: 'b', conflict: false });
    expect(mergeText('a', 'b', 'b')).toEqual({ text: 'b', conflict: false });
  });
});

describe('mergeText: conflicts keep both versions', () => {
  it('the same word rewritten two ways: both, as whole words', () => {
    expect(mergeText('Sent at 10:00 by Ana', 'Sent at 10:05 by Ana', 'Sent at 10:30 by Ana')).toEqual({ text: 'Sent at 10:05 / 10:30 by Ana', conflict: true });
    expect(mergeText('silent for 2h', 'silent for 3h', 'silent for two hours')).toEqual({ text: 'silent for 3h / two hours', conflict: true });
  });

  it('words one side deleted and the other rewrote: the rewrite stays', () => {
    expect(mergeText('Email was late', 'Email', 'Email was two hours late')).toEqual({ text: 'Email was two hours late', conflict: true });
    expect(mergeText('Email was late', 'Email was two hours late', 'Email')).toEqual({ text: 'Email was two hours late', conflict: true });
  });

  it('one version holding the other whole: the longer, once', () => {
    expect(mergeText('Ravi', 'Ravi (SRE)', 'Ravi (SRE) with Sam')).toEqual({ text: 'Ravi (SRE) with Sam', conflict: true });
    expect(mergeText('Ravi', 'Ravi (SRE) with Sam', 'Ravi (SRE)')).toEqual({ text: 'Ravi (SRE) with Sam', conflict: true });
    // Whole words only: "late" is not held by "translated".
    expect(mergeText('', 'late', 'translated').text).toBe('late / translated');
  });

  it('words the merge would run together stay apart', () => {
    // Mine deleted " (" before the end, theirs added a word at the end.
    expect(mergeText('status (', 'status (status', 'status')).toEqual({ text: 'status status', conflict: false });
  });

  it('a field cleared on one side and rewritten on the other keeps the rewrite', () => {
    expect(mergeText('Ravi', '', 'Priya')).toEqual({ text: 'Priya', conflict: true });
    expect(mergeText('Ravi', 'Priya', '')).toEqual({ text: 'Priya', conflict: true });
  });

  it('no separator where whitespace already parts the versions', () => {
    expect(mergeText('a', 'a b', 'a c').text).toBe('a b c');
    expect(mergeText('', 'b ', 'c').text).toBe('b c');
  });

  it('words that are Object.prototype names are plain words', () => {
    expect(mergeText('constructor toString', 'constructor valueOf toString', 'constructor toString __proto__')).toEqual({
      text: 'constructor valueOf toString __proto__',
      conflict: false,
    });
  });
});

// Small vocabularies, so that both sides often touch the same words.
const word = fc.constantFrom('status', 'page', 'late', 'Ravi', 'SRE', '2h', '10:00', 'no', 'update');
const sep = fc.constantFrom(' ', ' ', ', ', '. ', '\n', ' (', ') ');
const text = fc.array(fc.tuple(word, sep), { maxLength: 8 }).map((parts) => parts.flat().join('').trim());
const nonSpace = (t: string) => textTokens(t).filter((tok) => tok.trim() !== '');
const counts = (t: string) => {
  const m = new Map<string, number>();
  for (const tok of nonSpace(t)) m.set(tok, (m.get(tok) ?? 0) + 1);
  return m;
};

describe('mergeText: properties', () => {
  it('no side loses a word it added: each word appears at least as often as either side added it', () => {
    fc.assert(
      fc.property(text, text, text, (base, theirs, mine) => {
        const merged = counts(mergeText(base, theirs, mine).text);
        const inBase = counts(base);
        for (const side of [theirs, mine]) {
          for (const [tok, n] of counts(side)) {
            expect(merged.get(tok) ?? 0).toBeGreaterThanOrEqual(n - (inBase.get(tok) ?? 0));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('with no change on one side the result is the other side, with no conflict', () => {
    fc.assert(
      fc.property(text, text, (base, other) => {
        expect(mergeText(base, other, base)).toEqual({ text: other, conflict: false });
        expect(mergeText(base, base, other)).toEqual({ text: other, conflict: false });
        expect(mergeText(base, other, other)).toEqual({ text: other, conflict: false });
      }),
    );
  });

  it('a clean merge does not depend on who saved first', () => {
    fc.assert(
      fc.property(text, text, text, (base, theirs, mine) => {
        const ab = mergeText(base, theirs, mine);
        const ba = mergeText(base, mine, theirs);
        expect(ba.conflict).toBe(ab.conflict);
        if (!ab.conflict) expect(ba.text).toBe(ab.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('edits on either side of an untouched word both apply, without conflict', () => {
    // Left and right use different words, so the untouched middle word is unambiguous.
    const left = fc.array(fc.constantFrom('status', 'page', 'late', 'no'), { maxLength: 5 }).map((w) => w.join(' '));
    const right = fc.array(fc.constantFrom('Ravi', 'SRE', 'update', '2h'), { maxLength: 5 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(left, left, right, right, (l0, l1, r0, r1) => {
        const base = `${l0} MIDDLE ${r0}`;
        expect(mergeText(base, `${l1} MIDDLE ${r0}`, `${l0} MIDDLE ${r1}`)).toEqual({ text: `${l1} MIDDLE ${r1}`, conflict: false });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, on any strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (b, t, m) => {
        expect(typeof mergeText(b, t, m).text).toBe('string');
      }),
    );
  });
});
