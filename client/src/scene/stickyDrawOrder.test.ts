import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENE_STYLE } from './sceneStyle';
import { stickyDrawOrder } from './stickyDrawOrder';

const { width, minHeight } = SCENE_STYLE.sticky;
const sticky = (x: number, y: number, height: number = minHeight) => ({ x, y, width: width as number, height });
type Sticky = ReturnType<typeof sticky>;

/** Whether `a` reaches over `b` only because it grew: `b`'s top is past `a`'s minimum height but within its height. */
const grewOver = (a: Sticky, b: Sticky) =>
  a.x < b.x + b.width && b.x < a.x + a.width && b.y >= a.y + minHeight && b.y < a.y + a.height;

describe('stickyDrawOrder', () => {
  it.each([
    ['a sticky grown over an older sticky below it goes under it', [sticky(0, 200), sticky(0, 0, 400)], [1, 0]],
    ['…and under every sticky it reaches, older ones keeping their order', [sticky(0, 200), sticky(100, 320), sticky(0, 0, 400)], [2, 0, 1]],
    ['a sticky it does not reach keeps its place', [sticky(0, 500), sticky(0, 200), sticky(0, 0, 400)], [0, 2, 1]],
    ['a column of grown stickies: each under the one below', [sticky(0, 400, 300), sticky(0, 200, 300), sticky(0, 0, 300)], [2, 1, 0]],
  ])('%s', (_, stickies, order) => {
    expect(stickyDrawOrder(stickies)).toEqual(order);
  });

  it('draws every sticky over each sticky that grew over it, and each sticky once', () => {
    const stickies = fc.array(
      fc.record({
        x: fc.integer({ min: -400, max: 400 }),
        y: fc.integer({ min: -600, max: 600 }),
        width: fc.constant(width),
        height: fc.integer({ min: minHeight, max: 1000 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(stickies, (list) => {
        const order = stickyDrawOrder(list);
        expect([...order].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
        const position = new Map(order.map((i, k) => [i, k]));
        list.forEach((a, i) =>
          list.forEach((b, j) => {
            if (i !== j && grewOver(a, b)) expect(position.get(i)!).toBeLessThan(position.get(j)!);
          }),
        );
      }),
    );
  });

  it('moves only a sticky that grew over another: stacks made on purpose and stickies apart keep the board order', () => {
    // Board (creation) order; a newer sticky is drawn over an older one.
    const stickies = [
      sticky(0, 300), // 0: below 5, which grew over it
      sticky(600, 60), // 1: an older sticky under 2, stacked on purpose
      sticky(610, 0, 200), // 2: newer, higher up, grown: it still covers 1 (a stack, not growth)
      sticky(0, 600), // 3: apart
      sticky(300, 300), // 4: beside 0, reached by nothing
      sticky(0, 0, 400), // 5: grew over 0
      sticky(300, 0, 280), // 6: grown, but stays above 4
    ];
    expect(stickyDrawOrder(stickies)).toEqual([5, 0, 1, 2, 3, 4, 6]);
  });
});
