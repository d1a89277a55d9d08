import { describe, expect, it } from 'vitest';
import type { Action } from '../model/entities';
import { checkActionPlan } from './actionPlan';

const action = (id: string, patch: Partial<Action> = {}): Action => ({
  id,
  text: `Do ${id}`,
  owner: 'Ana',
  due: '2026-12-01',
  ...patch,
});

describe('checkActionPlan', () => {
  const cases: Array<{ name: string; actions: Action[]; expected: Array<[string, string | undefined]> }> = [
    { name: 'no actions', actions: [], expected: [] },
    { name: 'three owned, dated actions', actions: [action('a'), action('b'), action('c')], expected: [] },
    {
      name: 'more than three actions',
      actions: [action('a'), action('b'), action('c'), action('d')],
      expected: [['too-many-actions', undefined]],
    },
    { name: 'no owner', actions: [action('a', { owner: '' })], expected: [['action-without-owner', 'a']] },
    { name: 'blank owner counts as none', actions: [action('a', { owner: '   ' })], expected: [['action-without-owner', 'a']] },
    { name: 'no due date', actions: [action('a', { due: '' })], expected: [['action-without-due', 'a']] },
    {
      name: 'neither owner nor due date',
      actions: [action('a', { owner: '', due: '' })],
      expected: [
        ['action-without-owner', 'a'],
        ['action-without-due', 'a'],
      ],
    },
  ];

  it.each(cases)('$name', ({ actions, expected }) => {
    const plan = checkActionPlan(actions);
    expect(plan.warnings.map((w) => [w.code, w.id])).toEqual(expected);
    expect(plan.actions).toEqual(actions);
    for (const w of plan.warnings) expect(w.message.length).toBeGreaterThan(10);
  });

  it('names the action in its warning', () => {
    const [warning] = checkActionPlan([action('a', { text: 'Write a comms plan', owner: '' })]).warnings;
    expect(warning?.message).toContain('Write a comms plan');
  });
});
