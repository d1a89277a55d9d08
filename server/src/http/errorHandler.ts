import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Metrics } from '../metrics';

/** The JSON body of every HTTP error: a stable `error` code and a message naming the problem. */
export interface ErrorBody {
  error: string;
  message: string;
}

/** An error a route throws on purpose, with the status and stable code to answer with. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** 400 `invalid-input`, the usual answer to a body that fails its schema. */
export function invalidInput(message: string): HttpError {
  return new HttpError(400, 'invalid-input', message);
}

/** 404 `not-found` for an unknown board. */
export function boardNotFound(boardId: string): HttpError {
  return new HttpError(404, 'not-found', `board not found: ${boardId}`);
}

/** 403 `forbidden`: the caller lacks the credential the action needs (the message says which). */
export function forbidden(message: string): HttpError {
  return new HttpError(403, 'forbidden', message);
}

/**
 * Turns every failure into `{ error, message }` with the right status: validation (400, naming
 * the field), malformed JSON (400), body too large (413), unsupported media type (415), rate
 * limit (429). Unexpected errors become a 500 with a generic message (details only in the log).
 */
export function installErrorHandler(app: FastifyInstance, metrics: Metrics, maxBodyBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
    if (error instanceof HttpError) {
      if (error.statusCode === 400) metrics.invalidPayloads++;
      return send(error.statusCode, { error: error.code, message: error.message });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      metrics.invalidPayloads++;
      const message = error.validation
        .map((issue) => {
          const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
          return `${error.validationContext ?? 'input'}${path ? `.${path}` : ''}: ${issue.message}`;
        })
        .join('; ');
      return send(400, { error: 'invalid-input', message });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        metrics.invalidPayloads++;
        return send(413, {
          error: 'too-large',
          message: `request body is larger than the limit of ${maxBodyBytes} bytes`,
        });
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        metrics.invalidPayloads++;
        return send(400, { error: 'invalid-json', message: `body is not valid JSON: ${error.message}` });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        metrics.invalidPayloads++;
        return send(415, { error: 'unsupported-media-type', message: 'send the body as application/json' });
    }
    if (error.statusCode === 429) {
      return send(429, { error: 'rate-limited', message: error.message });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(error.statusCode, { error: 'bad-request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return send(500, { error: 'internal', message: 'internal server error' });
  });

}

/**
 * Fastify's `frameworkErrors` option: errors it answers before any route or hook runs (a URL
 * whose percent-encoding is broken), as 400 `bad-request` with the usual `{ error, message }`
 * body instead of Fastify's own shape.
 */
export function frameworkErrorHandler(metrics: Metrics): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, _request, reply) => {
    metrics.invalidPayloads++;
    const body: ErrorBody = { error: 'bad-request', message: `${error.message} (check the percent-encoding of the URL)` };
    void reply.status(400).send(body);
  };
}
