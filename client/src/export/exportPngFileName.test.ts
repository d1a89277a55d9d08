import { describe, expect, it } from 'vitest';
import { pngFileName } from './exportPngFileName';

describe('pngFileName', () => {
  const day = new Date(2026, 10, 8, 15, 30); // local 8 Nov 2026

  it.each([
    ['Login outage', 'login-outage-2026-11-08.png'],
    ['  Login outage — EU region (v2)!  ', 'login-outage-eu-region-v2-2026-11-08.png'],
    ['Café déjà vu', 'cafe-deja-vu-2026-11-08.png'],
    ['', 'incident-2026-11-08.png'],
    ['!!!', 'incident-2026-11-08.png'],
    ['a'.repeat(59) + ' bcd', `${'a'.repeat(59)}-2026-11-08.png`],
  ])('%j → %s', (title, name) => {
    expect(pngFileName(title, day)).toBe(name);
  });
});
