import { exampleBoardFile } from '@gapboard/shared';

/**
 * The bench's big board: the built-in example incident with its stickies topped up to `count`,
 * packed in a grid 40 wide as a busy board gets (170 × 130 px apart, just past a sticky's size).
 */
export function boardWithStickies(count: number): object {
  const file = structuredClone(exampleBoardFile) as { stickies: Array<Record<string, unknown>> };
  const kinds = ['issue', 'root-cause', 'note', 'action'];
  for (let i = file.stickies.length; i < count; i++) {
    file.stickies.push({
      id: `bench-s${i}`,
      kind: kinds[i % kinds.length],
      text: `Sticky ${i}: nobody owned the status page while engineers investigated`,
      x: 40 + (i % 40) * 170,
      y: 700 + Math.floor(i / 40) * 130,
    });
  }
  return file;
}
