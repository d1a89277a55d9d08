import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

const at = Date.parse('2026-03-04T23:30:00Z');

describe('exportFileName', () => {
  it.each([
    ['Login outage', 'UTC', 'png', 'login-outage-2026-03-04.png'],
    ['Login outage', 'Europe/Berlin', 'png', 'login-outage-2026-03-05.png'],
    ['  Café / API: 500s!! ', 'UTC', 'md', 'cafe-api-500s-2026-03-04.md'],
    ['', 'UTC', 'json', 'gapboard-2026-03-04.json'],
    ['???', 'UTC', 'json', 'gapboard-2026-03-04.json'],
  ])('%j in %s → %s', (title, zone, ext, expected) => {
    expect(exportFileName(title, at, zone, ext)).toBe(expected);
  });

  it('keeps long titles short and without a trailing dash', () => {
    const name = exportFileName(`${'a'.repeat(59)} b c`, at, 'UTC', 'png');
    expect(name).toBe(`${'a'.repeat(59)}-2026-03-04.png`);
  });
});
