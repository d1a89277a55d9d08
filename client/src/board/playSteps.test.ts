import { playSteps } from '@gapboard/shared';
import { describe, expect, it } from 'vitest';
import type { TimerPhase } from '../meeting/timerPhase';
import { moveToStepCommand, stepInfo } from './playSteps';

describe('moveToStepCommand', () => {
  it.each([
    { from: 'set-the-stage', to: 'assessment', minutes: 15 },
    { from: 'assessment', to: 'plan', minutes: 10 },
    { from: 'plan', to: 'prep', minutes: 20 },
  ] as const)("moving $from → $to with a ready timer sets it to the new step's $minutes min", ({ from, to, minutes }) => {
    expect(moveToStepCommand(from, to, 'ready')).toEqual({ type: 'set-step', step: to, timerMinutes: minutes });
  });

  it.each(['idle', 'ready', 'done'] as const)('sets a timer with nothing counted on it (%s) to the new step', (phase) => {
    expect(moveToStepCommand('assessment', 'root-causes', phase)).toEqual({ type: 'set-step', step: 'root-causes', timerMinutes: 15 });
  });

  it.each(['running', 'paused'] as const)('leaves a %s countdown alone: a misclick must not wipe it for everyone', (phase) => {
    expect(moveToStepCommand('plan', 'mind-the-gap', phase)).toEqual({ type: 'set-step', step: 'mind-the-gap' });
    // …and the way back does not wipe it either.
    expect(moveToStepCommand('mind-the-gap', 'plan', phase)).toEqual({ type: 'set-step', step: 'plan' });
  });

  it('sends nothing for the current step, so a running countdown is never wiped', () => {
    for (const phase of ['idle', 'ready', 'running', 'paused', 'done'] satisfies TimerPhase[]) {
      for (const step of playSteps) expect(moveToStepCommand(step, step, phase)).toBeNull();
    }
  });

  it("uses each step's own minutes (PLAY.md)", () => {
    for (const step of playSteps) {
      const other = step === 'plan' ? 'prep' : 'plan';
      expect(moveToStepCommand(other, step, 'idle')).toMatchObject({ timerMinutes: stepInfo(step).minutes });
    }
  });
});
