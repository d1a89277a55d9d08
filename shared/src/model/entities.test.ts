import { describe, expect, it } from 'vitest';
import { actionSchema, calendarDateSchema, metaSchema } from './entities';

describe('calendarDateSchema', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['tomorrow', false],
  ])('%s valid=%s', (input, valid) => {
    expect(calendarDateSchema.safeParse(input).success).toBe(valid);
  });
});

describe('actionSchema', () => {
  it('accepts an empty due date (warned about by the analysis, not rejected)', () => {
    expect(actionSchema.parse({ id: 'a1', text: 'x' }).due).toBe('');
  });
});

describe('metaSchema', () => {
  it('rejects a resolution before the start and names the field', () => {
    const result = metaSchema.safeParse({ startedAt: 2000, resolvedAt: 1000 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['resolvedAt']);
  });
  it('applies the play default cadence of 30 minutes', () => {
    expect(metaSchema.parse({}).cadenceMinutes).toBe(30);
  });
});

describe('one message per malformed value', () => {
  it('a malformed date says only what format is expected', () => {
    const result = calendarDateSchema.safeParse('tomorrow');
    expect(result.error?.issues.map((i) => i.message)).toEqual(['expected a date as YYYY-MM-DD']);
  });
});
