import { describe, expect, it } from 'vitest';
import { gapSeverity } from './gapSeverity';

describe('gapSeverity', () => {
  it.each([
    { minutes: 10, cadence: 30, severity: null },
    { minutes: 30, cadence: 30, severity: null },
    { minutes: 30.5, cadence: 30, severity: 'over' },
    { minutes: 59.9, cadence: 30, severity: 'over' },
    { minutes: 60, cadence: 30, severity: 'double' },
    { minutes: 119, cadence: 30, severity: 'double' },
    { minutes: 120, cadence: 30, severity: 'quadruple' },
    { minutes: 250, cadence: 30, severity: 'quadruple' },
    { minutes: 45, cadence: 20, severity: 'double' },
  ])('$minutes min against $cadence → $severity', ({ minutes, cadence, severity }) => {
    expect(gapSeverity(minutes, cadence)).toBe(severity);
  });
});
