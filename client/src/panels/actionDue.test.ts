import { describe, expect, it } from 'vitest';
import { localCalendarDate, pastDueWarning } from './actionDue';

describe('pastDueWarning', () => {
  it.each([
    ['2026-03-03', 'this due date is in the past'],
    ['2025-12-31', 'this due date is in the past'],
    ['2026-03-04', null],
    ['2026-04-01', null],
    ['', null],
  ] as const)('due %j on 2026-03-04 → %j', (due, warning) => {
    expect(pastDueWarning(due, '2026-03-04')).toBe(warning);
  });
});

describe('localCalendarDate', () => {
  it("is the viewer's own calendar day", () => {
    expect(localCalendarDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
