/**
 * A duration for an interval label: `42 min`, `1 h`, `4 h 12 min`; `<1 min` for under half a
 * minute, so no interval is ever labelled "0 min".
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) return '–';
  const rounded = Math.round(minutes);
  if (rounded < 1) return '<1 min';
  if (rounded < 60) return `${rounded} min`;
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
