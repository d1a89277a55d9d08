import { exportFileName } from './exportFileName';

/**
 * The PNG's file name, `<slug-title>-<YYYY-MM-DD>.png` (same slug rules as every other export:
 * see `exportFileName`). The date is `date`'s calendar day in `timeZone` (the board's zone,
 * else this device's).
 */
export function pngFileName(title: string, date: Date, timeZone?: string): string {
  return exportFileName(title, date.getTime(), timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, 'png');
}
