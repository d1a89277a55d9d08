import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePresenceColor, PRESENCE_COLORS } from './presenceColors';

const [blue, orange, green, purple, brown, pink, cyan, olive] = PRESENCE_COLORS;

describe('choosePresenceColor', () => {
  it.each([
    { case: 'nobody else there: the stored colour', requested: green, others: [], expected: green },
    { case: 'the stored colour is free: kept (a returning person stays recognisable)', requested: green, others: [blue, orange], expected: green },
    { case: 'the stored colour is taken: the first free one', requested: blue, others: [blue], expected: orange },
    { case: 'taken, first colours also taken: the first free one', requested: orange, others: [blue, orange, purple], expected: green },
    { case: 'compared without case', requested: '#1F77B4', others: [blue], expected: orange },
    { case: 'a colour from outside the palette, free: kept', requested: '#123456', others: [blue], expected: '#123456' },
    { case: 'a colour from outside the palette, taken: the first free one', requested: '#123456', others: ['#123456', blue], expected: orange },
    {
      case: 'more people than colours: kept while no colour is less used',
      requested: cyan,
      others: [blue, orange, green, purple, brown, pink, cyan, olive],
      expected: cyan,
    },
    {
      case: 'more people than colours: the least used one',
      requested: blue,
      others: [blue, orange, green, purple, brown, pink, cyan, olive, blue, orange],
      expected: green,
    },
  ])('$case', ({ requested, others, expected }) => {
    expect(choosePresenceColor(requested, others)).toBe(expected);
  });

  it('gives everyone present a colour of their own while there are no more people than colours, whatever they ask for and whoever leaves', () => {
    const step = fc.oneof(
      fc.record({ join: fc.constantFrom(...PRESENCE_COLORS, '#123456') }),
      fc.record({ leave: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let present: string[] = [];
        for (const s of steps) {
          if ('leave' in s) {
            if (present.length > 0) present = present.filter((_, i) => i !== s.leave % present.length);
            continue;
          }
          if (present.length === PRESENCE_COLORS.length) continue;
          present = [...present, choosePresenceColor(s.join, present)];
          expect(new Set(present).size).toBe(present.length);
        }
      }),
    );
  });

  it('beyond the palette, spreads people evenly: no colour used twice more than another', () => {
    let present: string[] = [];
    for (let i = 0; i < 30; i += 1) present = [...present, choosePresenceColor(blue, present)];
    const counts = PRESENCE_COLORS.map((c) => present.filter((p) => p === c).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});
