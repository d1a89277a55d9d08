import { describe, expect, it } from 'vitest';
import { isoTimeSchema } from './boardFile';

describe('isoTimeSchema', () => {
  it.each([
    ['2026-03-04T10:00:00Z', true],
    ['2026-03-04T10:00:00.123+02:00', true],
    ['2026-03-04T10:00', false], // no offset: ambiguous
    ['2026-02-30T10:00:00Z', false],
    ['2028-02-29T23:59:59-05:00', true],
    ['2026-03-04T24:00:00Z', false],
    ['0000-01-01T00:30:00+01:00', false], // 1 BC in UTC: its export would not be a four-digit year
    ['9999-12-31T23:30:00-01:00', false],
    ['0000-01-01T00:00:00Z', true],
    ['9999-12-31T23:59:59.999Z', true],
  ])('%s valid=%s', (input, valid) => {
    expect(isoTimeSchema.safeParse(input).success).toBe(valid);
  });

  it('names the UTC year range for a time an offset moves out of it', () => {
    expect(isoTimeSchema.safeParse('9999-12-31T23:30:00-01:00').error?.issues.map((i) => i.message)).toEqual([
      'expected a time between the years 0000 and 9999 in UTC',
    ]);
  });

  it('gives a malformed time one message that shows the expected form', () => {
    const result = isoTimeSchema.safeParse('yesterday');
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'expected an ISO 8601 time with offset, e.g. 2026-03-04T10:00:00Z',
    ]);
  });
});
