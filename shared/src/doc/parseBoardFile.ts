import { boardFileSchema, type BoardFile } from '../model/boardFile';
import { formatZodError } from '../model/formatZodError';

/**
 * Checks an uploaded board file (`gapboard/v1`). Accepts the parsed JSON value, or the JSON
 * text itself. Never throws: on a problem, `error` lists each one with its field path, e.g.
 * `comms[0].at: expected an ISO 8601 time with offset, e.g. 2026-03-04T10:00:00Z`.
 */
export function parseBoardFile(input: unknown): { ok: true; file: BoardFile } | { ok: false; error: string } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (e) {
      return { ok: false, error: `(root): not valid JSON (${e instanceof Error ? e.message : String(e)})` };
    }
  }
  const result = boardFileSchema.safeParse(value);
  if (result.success) return { ok: true, file: result.data };
  return { ok: false, error: formatZodError(result.error) };
}
