import type { z } from 'zod';

/**
 * One line per problem, each naming the field path and what was expected, e.g.
 * `comms[2].at: expected an ISO 8601 time with offset`.
 */
export function formatZodError(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = formatPath([...(prefix ? [prefix] : []), ...issue.path.map(String)]);
      return `${path || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}

function formatPath(parts: string[]): string {
  return parts.reduce((acc, part) => {
    if (/^\d+$/.test(part)) return `${acc}[${part}]`;
    return acc ? `${acc}.${part}` : part;
  }, '');
}
