import type { BoardFile } from '../model/boardFile';
import { exampleBoardFile } from './exampleBoardFile';

/** Days from the day the example is opened to each of its actions' due dates, in action order. */
export const EXAMPLE_DUE_IN_DAYS: readonly number[] = [7, 14];

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` plus `days` calendar days (computed in UTC, so no DST day is 23 or 25 hours). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The example board as "Open an example" creates it on `today` (`YYYY-MM-DD`, the opener's own
 * calendar): {@link exampleBoardFile} with its incident as it is, and its actions due one and
 * two weeks after `today`. The fixture's fixed April dates were "in the past" on every board
 * opened after them, a warning the example should not teach. The fixture itself stays fixed:
 * tests and benchmarks rely on it. An unreadable `today` gives the fixture's dates.
 */
export function exampleBoardFileFor(today: string): BoardFile {
  const file = structuredClone(exampleBoardFile);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) return file;
  file.actions = file.actions.map((a, i) => ({ ...a, due: addDays(today, EXAMPLE_DUE_IN_DAYS[i] ?? EXAMPLE_DUE_IN_DAYS.at(-1) ?? 14) }));
  return file;
}
