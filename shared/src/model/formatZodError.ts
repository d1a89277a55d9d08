import type { z } from 'zod';

/**
 * How many problems a message lists before summing up the rest: a file with 20,000 bad rows
 * otherwise gave a 1.6 MB message, which no one reads and every log and screen chokes on.
 */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * One line per problem, each naming the field path and what was expected, e.g.
 * `comms[2].at: expected an ISO 8601 time with offset`; past `maxProblems`, the rest are
 * counted (`and 39980 more problems`).
 */
export function formatZodError(error: z.ZodError, prefix = '', maxProblems = MAX_LISTED_PROBLEMS): string {
  const lines = error.issues.slice(0, maxProblems).map((issue) => {
    const path = formatPath([...(prefix ? [prefix] : []), ...issue.path.map(String)]);
    return `${path || '(root)'}: ${issue.message}`;
  });
  const more = error.issues.length - lines.length;
  if (more > 0) lines.push(`and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('; ');
}

function formatPath(parts: string[]): string {
  return parts.reduce((acc, part) => {
    if (/^\d+$/.test(part)) return `${acc}[${part}]`;
    return acc ? `${acc}.${part}` : part;
  }, '');
}
