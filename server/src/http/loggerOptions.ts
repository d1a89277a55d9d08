import type { FastifyServerOptions } from 'fastify';

/** Query parameters that carry secrets (facilitator key, read-only token as `readToken` or the SPA's `view`). */
const secretParams = /([?&](?:key|readToken|view|token|facilitatorKey)=)[^&#]*/gi;

/** The URL with every secret query value replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  return url.replace(secretParams, '$1[redacted]');
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
