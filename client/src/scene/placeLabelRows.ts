/**
 * Greedy row assignment for labels along one axis: each label (in order of `x1`) takes the
 * first row whose last label ends before it starts (plus `gap`). Labels that fit nowhere go to
 * the row where they overlap least, so every label is still placed (the play wants every
 * interval labelled) and the number of rows stays bounded.
 *
 * @returns the row index of each label, in input order.
 */
export function placeLabelRows(spans: ReadonlyArray<{ x1: number; x2: number }>, maxRows: number, gap = 4): number[] {
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length).fill(0);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.x1 - spans[b]!.x1);
  for (const i of order) {
    const span = spans[i]!;
    let row = rowEnds.findIndex((end) => end + gap <= span.x1);
    if (row === -1) {
      if (rowEnds.length < maxRows) {
        row = rowEnds.length;
        rowEnds.push(-Infinity);
      } else {
        // All rows busy: take the one that frees up first.
        row = rowEnds.indexOf(Math.min(...rowEnds));
      }
    }
    rows[i] = row;
    rowEnds[row] = Math.max(rowEnds[row]!, span.x2);
  }
  return rows;
}
