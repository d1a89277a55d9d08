import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENE_STYLE } from './sceneStyle';
import { stickiesBelow } from './stickiesBelow';
import { stickyRooms } from './stickyRooms';

const { width, minHeight, roomGap } = SCENE_STYLE.sticky;
const at = (x: number, y: number) => ({ x, y, width });

describe('stickyRooms', () => {
  it('the example board: s1 may grow to just above s3; nothing is below the others', () => {
    // s1, s2, s3, s4, s5, s6 as in shared/src/examples/exampleBoardFile.ts
    const rooms = stickyRooms([at(560, 360), at(750, 360), at(560, 530), at(370, 530), at(960, 380), at(1380, 330)]);
    expect(rooms).toEqual([530 - 360 - roomGap, Infinity, Infinity, Infinity, Infinity, Infinity]);
  });

  it('is limited only by a sticky below that shares some of its width', () => {
    const rooms = (others: ReturnType<typeof at>[]) => stickyRooms([at(0, 0), ...others])[0];
    expect(rooms([at(0, -400)])).toBe(Infinity); // above it
    expect(rooms([at(100, 0)])).toBe(Infinity); // beside it, at the same height
    expect(rooms([at(width, 300)])).toBe(Infinity); // below, only touching its side
    expect(rooms([at(-width, 300)])).toBe(Infinity);
    expect(rooms([at(width - 1, 300)])).toBe(300 - roomGap); // below, sharing one pixel of width
    expect(rooms([at(1 - width, 300)])).toBe(300 - roomGap);
  });

  it.each([
    ['a sticky straight below', [at(0, 0), at(0, 300)], 300 - roomGap],
    ['the nearest of several below', [at(0, 0), at(0, 600), at(40, 250), at(-60, 400)], 250 - roomGap],
    ['a sticky below to the left, sharing some width', [at(0, 0), at(-100, 300)], 300 - roomGap],
    ['a sticky stacked within its minimum height (placed there, not grown into): the next one counts', [at(0, 0), at(10, 30), at(0, 500)], 500 - roomGap],
    ['a sticky just past its minimum height: never less than the minimum', [at(0, 0), at(0, minHeight + 2)], minHeight],
  ])('%s', (_, stickies, room) => {
    expect(stickyRooms(stickies)[0]).toBe(room);
  });
});

describe('stickiesBelow', () => {
  const footprint = fc.record({ x: fc.integer({ min: -800, max: 800 }), y: fc.integer({ min: -800, max: 800 }), width: fc.constant(width) });
  const share = (a: { x: number; width: number }, b: { x: number; width: number }) => a.x < b.x + b.width && b.x < a.x + a.width;

  it('finds what comparing every pair finds', () => {
    fc.assert(
      fc.property(fc.array(footprint, { maxLength: 60 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 600 }), (stickies, from, span) => {
        const below = stickiesBelow(stickies);
        stickies.forEach((s, i) => {
          const all = stickies
            .map((t, j) => ({ t, j }))
            .filter(({ t, j }) => j !== i && share(s, t) && t.y >= s.y + from)
            .sort((a, b) => a.t.y - b.t.y || a.j - b.j)
            .map(({ j }) => j);
          expect(below.nearest(i, s.y + from)).toBe(all[0] ?? null);
          expect(below.between(i, s.y + from, s.y + from + span)).toEqual(all.filter((j) => stickies[j]!.y < s.y + from + span));
        });
      }),
    );
  });
});
