/**
 * Thins a flat `[x0, y0, x1, y1, …]` stroke to at most `maxValues` numbers by keeping evenly
 * spaced points, always the first and the last (a circle must still close). Used to fit long
 * strokes into the ink payload (4,000 values) and the stored annotation (20,000 values).
 */
export function decimatePoints(points: readonly number[], maxValues: number): number[] {
  const count = Math.floor(points.length / 2);
  const maxPoints = Math.max(2, Math.floor(maxValues / 2));
  if (count <= maxPoints) return points.slice(0, count * 2);
  const out: number[] = [];
  for (let i = 0; i < maxPoints; i++) {
    const src = Math.round((i * (count - 1)) / (maxPoints - 1));
    out.push(points[src * 2]!, points[src * 2 + 1]!);
  }
  return out;
}
