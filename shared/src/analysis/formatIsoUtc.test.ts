import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoUtc } from './formatIsoUtc';

describe('formatIsoUtc', () => {
  it.each([
    0,
    -1,
    1,
    Date.parse('2026-03-04T10:00:00Z'),
    Date.parse('2024-02-29T23:59:59.999Z'),
    Date.parse('2000-02-29T00:00:00Z'),
    Date.parse('1900-03-01T00:00:00Z'),
    Date.parse('0000-01-01T00:00:00Z'),
    Date.parse('9999-12-31T23:59:59.999Z'),
    Date.parse('9999-12-31T23:59:59.999Z') + 1,
    Date.parse('0000-01-01T00:00:00Z') - 1,
    8.64e15,
    -8.64e15,
    1.7,
    -1.5,
  ])('matches Date#toISOString for %d', (ms) => {
    expect(formatIsoUtc(ms)).toBe(new Date(ms).toISOString());
  });

  it('matches Date#toISOString for any valid time', () => {
    fc.assert(
      fc.property(fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }), (ms) => {
        expect(formatIsoUtc(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('1960-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }), (ms) => {
        expect(formatIsoUtc(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('throws like Date for an impossible time', () => {
    expect(() => formatIsoUtc(Number.NaN)).toThrow(RangeError);
    expect(() => formatIsoUtc(8.64e15 + 1)).toThrow(RangeError);
  });
});
