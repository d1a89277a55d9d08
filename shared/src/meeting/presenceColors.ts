/**
 * The colours people show in a meeting (cursor, name label, "is editing" tags, roster):
 * distinct, readable on white, colour-blind-friendlier than a random hue.
 */
export const PRESENCE_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22'] as const;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The colour someone joining a meeting shows, given the colours of the others present.
 *
 * - They keep the colour they ask for (the one their device stored: a returning person stays
 *   recognisable) when it is free, or, with more people than colours, when no palette colour
 *   is less used than it. A colour from outside the palette is kept when nobody else has it.
 * - Otherwise they get the palette colour least used by the others, the first in palette order
 *   on a tie: with no more people than colours, everyone's colour differs.
 *
 * Only the joiner's colour is chosen: the others keep theirs, so nobody's colour changes during
 * the meeting under them. Deterministic, so that joins handled one after the other can never
 * pick the same free colour.
 */
export function choosePresenceColor(requested: string, others: readonly string[], palette: readonly string[] = PRESENCE_COLORS): string {
  const uses = (color: string) => others.filter((c) => same(c, color)).length;
  const counts = palette.map(uses);
  const least = Math.min(...counts);
  const index = palette.findIndex((c) => same(c, requested));
  if (index >= 0 ? counts[index] === least : uses(requested) === 0) return requested;
  return palette[counts.indexOf(least)] ?? requested;
}
