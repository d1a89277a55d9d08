import { playSteps } from '@gapboard/shared';
import { describe, expect, it } from 'vitest';
import { moveToStepCommand, stepInfo } from './playSteps';

describe('moveToStepCommand', () => {
  it.each([
    { from: 'set-the-stage', to: 'assessment', minutes: 15 },
    { from: 'assessment', to: 'plan', minutes: 10 },
    { from: 'plan', to: 'prep', minutes: 20 },
  ] as const)("moving $from → $to sets the timer to the new step's $minutes min", ({ from, to, minutes }) => {
    expect(moveToStepCommand(from, to)).toEqual({ type: 'set-step', step: to, timerMinutes: minutes });
  });

  it('sends nothing for the current step, so a running countdown is never wiped', () => {
    for (const step of playSteps) expect(moveToStepCommand(step, step)).toBeNull();
  });

  it("uses each step's own minutes (PLAY.md)", () => {
    for (const step of playSteps) {
      const other = step === 'plan' ? 'prep' : 'plan';
      expect(moveToStepCommand(other, step)).toMatchObject({ timerMinutes: stepInfo(step).minutes });
    }
  });
});
