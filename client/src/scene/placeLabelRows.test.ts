import { describe, expect, it } from 'vitest';
import { placeLabelRows } from './placeLabelRows';

describe('placeLabelRows', () => {
  it.each([
    { name: 'apart: one row', spans: [[0, 10], [20, 30], [40, 50]], rows: [0, 0, 0] },
    { name: 'overlapping: next row', spans: [[0, 10], [5, 15], [20, 30]], rows: [0, 1, 0] },
    { name: 'input order kept', spans: [[20, 30], [0, 10], [5, 15]], rows: [0, 0, 1] },
    { name: 'over the row limit: row freeing first', spans: [[0, 10], [1, 20], [2, 12], [3, 30]], rows: [0, 1, 0, 0] },
  ])('$name', ({ spans, rows }) => {
    const input = spans.map(([x1, x2]) => ({ x1: x1!, x2: x2! }));
    expect(placeLabelRows(input, 2, 0)).toEqual(rows);
  });
});
