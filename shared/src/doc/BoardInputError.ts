import type { z } from 'zod';
import type { CollectionName } from '../model/entities';

/** A field of the input that failed its schema. */
export interface InvalidField {
  /** The field's name in the entry (or in `meta`), e.g. `rootCause`; `(root)` for the entry as a whole. */
  field: string;
  /** `too-long`: a text or list over its limit (`max`); `invalid`: anything else (`message` says what). */
  reason: 'too-long' | 'invalid';
  max?: number;
  /** What the schema expected, as its own message says it. */
  message: string;
}

/**
 * Why the input was refused, for callers that word it for people: the error's `message` is for
 * developers and HTTP 400 answers (field paths and ids), not for a person in a meeting.
 * - `missing-entry`: the input names an entry that is not in the document, typically because
 *   someone else deleted it meanwhile (the entry being changed, or a comm's channel);
 * - `invalid-fields`: some fields fail the schema.
 */
export type BoardInputProblem =
  | { kind: 'missing-entry'; collection: CollectionName; id: string }
  | { kind: 'invalid-fields'; fields: readonly InvalidField[] };

/**
 * Thrown by the document helpers when the input would make an invalid entry. Nothing has been
 * written when it is thrown. `message` names the field path and what was expected, so the
 * server can answer 400 with it; `problem`, when set, says the same as data, so the client can
 * say it in words people use, next to the control that failed.
 */
export class BoardInputError extends Error {
  readonly code = 'invalid-input' as const;
  readonly problem: BoardInputProblem | undefined;

  constructor(message: string, problem?: BoardInputProblem) {
    super(message);
    this.name = 'BoardInputError';
    this.problem = problem;
  }
}

/** The fields a schema refused, by their name in the entry (the first part of each issue's path). */
export function invalidFieldsOf(error: z.ZodError): InvalidField[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '(root)';
    if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
      return { field, reason: 'too-long', max: issue.maximum, message: issue.message };
    }
    return { field, reason: 'invalid', message: issue.message };
  });
}
