import type { FastifyServerOptions } from 'fastify';

/** Query parameters that carry secrets (facilitator key, read-only token as `readToken` or the SPA's `view`). */
const secretParams = /([?&](?:key|readToken|view|token|facilitatorKey)=)[^&#]*/gi;

/** Read-only view tokens in a path (`/v/<token>`, `/yjs/<token>`, `/api/boards/<token>`): each is a credential. */
const viewTokenSegments = /\/v_[A-Za-z0-9_-]{43}(?=[/?#]|$)/g;

/** The URL with every secret query value and view-token path segment replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  return url.replace(secretParams, '$1[redacted]').replace(viewTokenSegments, '/v_[redacted]');
}

/**
 * Pino options for Fastify's logger: request URLs with secrets redacted (Yjs connections carry
 * `?key=` / `?readToken=`), and secret-bearing headers and fields censored wherever they appear.
 */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'facilitatorKey',
        'key',
        'readToken',
        '*.facilitatorKey',
        '*.key',
        '*.readToken',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req(request: { method: string; url: string; ip?: string; hostname?: string }) {
        return { method: request.method, url: redactUrl(request.url), remoteAddress: request.ip };
      },
    },
  };
}
