/**
 * Thrown by the document helpers when the input would make an invalid entry. Nothing has been
 * written when it is thrown. `message` names the field path and what was expected, so the
 * server can answer 400 with it and the client can show it next to the field.
 */
export class BoardInputError extends Error {
  readonly code = 'invalid-input' as const;

  constructor(message: string) {
    super(message);
    this.name = 'BoardInputError';
  }
}
