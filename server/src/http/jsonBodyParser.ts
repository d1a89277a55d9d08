import type { FastifyInstance } from 'fastify';
import { HttpError } from './errorHandler';

/**
 * Replaces Fastify's JSON body parser so that a malformed body gets a 400 saying where the
 * JSON breaks (`Unexpected end of JSON input`, `… at position 12`), an empty JSON body counts as
 * no body, and a JSON `null` is refused (every route takes an object). `__proto__` keys are
 * dropped while parsing, so no parsed object can carry a prototype override into later merges. The body size limit still applies (413).
 *
 * A `text/plain` body (a board file sent as is, e.g. `curl -H 'content-type: text/plain'`) is
 * parsed the same way: every route takes JSON, and Fastify's own text parser handed routes a
 * string, which they cannot tell from a JSON string value.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(['application/json', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text, (key, item: unknown) => (key === '__proto__' ? undefined : item));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      done(new HttpError(400, 'invalid-json', `body is not valid JSON: ${detail}`), undefined);
      return;
    }
    // Routes see a missing body as null; a JSON `null` must not pass for "no body" (it made an empty board).
    if (value === null) {
      done(new HttpError(400, 'invalid-input', '(root): expected a JSON object, got null'), undefined);
      return;
    }
    done(null, value);
  });
}
