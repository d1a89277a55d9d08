import { describe, expect, it } from 'vitest';
import { pngFileName } from './exportPngFileName';

describe('pngFileName', () => {
  const day = new Date(Date.UTC(2026, 10, 8, 15, 30));

  it.each([
    ['Login outage', 'login-outage-2026-11-08.png'],
    ['  Login outage — EU region (v2)!  ', 'login-outage-eu-region-v2-2026-11-08.png'],
    ['Café déjà vu', 'cafe-deja-vu-2026-11-08.png'],
    ['', 'gapboard-2026-11-08.png'],
    ['!!!', 'gapboard-2026-11-08.png'],
    ['a'.repeat(59) + ' bcd', `${'a'.repeat(59)}-2026-11-08.png`],
  ])('%j → %s', (title, name) => {
    expect(pngFileName(title, day, 'UTC')).toBe(name);
  });

  it("dates the file by the board's zone", () => {
    // 15:30 UTC on 8 Nov is already 9 Nov in Auckland (UTC+13).
    expect(pngFileName('Outage', day, 'Pacific/Auckland')).toBe('outage-2026-11-09.png');
  });
});
