import type { Action } from '../model/entities';
import type { ActionPlan, Warning } from './analysisTypes';

/** The play asks for 2–3 actions; more usually means actions written just to finish. */
export const MAX_ACTIONS = 3;

/**
 * Checks the action plan against the play's anti-pattern (actions written just to finish the
 * exercise): more than {@link MAX_ACTIONS} actions, or an action nobody owns or without a due
 * date, each gives a warning. Blank or whitespace-only owners count as missing.
 */
export function checkActionPlan(actions: readonly Action[]): ActionPlan {
  const warnings: Warning[] = [];
  if (actions.length > MAX_ACTIONS) {
    warnings.push({
      code: 'too-many-actions',
      message: `${actions.length} actions: pick the 2–${MAX_ACTIONS} the team will actually work on.`,
    });
  }
  for (const action of actions) {
    const label = describeAction(action);
    if (action.owner.trim() === '') {
      warnings.push({
        code: 'action-without-owner',
        message: `Action ${label} has no owner: name who will do it.`,
        id: action.id,
      });
    }
    if (action.due.trim() === '') {
      warnings.push({
        code: 'action-without-due',
        message: `Action ${label} has no due date: agree when it will be done.`,
        id: action.id,
      });
    }
  }
  return { actions: actions.slice(), warnings };
}

function describeAction(action: Action): string {
  const text = action.text.trim();
  if (text === '') return `"${action.id}"`;
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}
