/** A date as `YYYY-MM-DD` in the viewer's own calendar (a due date is a day, not an instant). */
export function localCalendarDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A warning when an action's due date (`YYYY-MM-DD`, or empty) is before `today`, else null.
 * Only a warning: a board reviewed later, or copied from an old one, legitimately has past
 * dates, and the team may be recording an action already under way.
 */
export function pastDueWarning(due: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) return null;
  return due < today ? 'this due date is in the past' : null;
}
