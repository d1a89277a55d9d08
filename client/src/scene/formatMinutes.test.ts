import { describe, expect, it } from 'vitest';
import { formatMinutes } from './formatMinutes';

describe('formatMinutes', () => {
  it.each([
    [0.2, '<1 min'],
    [0.6, '1 min'],
    [42, '42 min'],
    [59.6, '1 h'],
    [60, '1 h'],
    [252, '4 h 12 min'],
    [-1, '–'],
    [Number.NaN, '–'],
  ])('%s → %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
