import { z } from 'zod';

/** An HTTP error from the Gapboard server, with the server's message (it names the field at fault). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const createdSchema = z.object({ id: z.string().min(1), facilitatorKey: z.string().min(1) });
export type CreatedBoard = z.infer<typeof createdSchema>;

/** Reads the server's error body (`{ message }` or `{ error }`), falling back to the status text. */
async function errorFrom(res: Response): Promise<ApiError> {
  let message = `${res.status} ${res.statusText}`.trim();
  try {
    const body: unknown = await res.json();
    if (body && typeof body === 'object') {
      const b = body as { message?: unknown; error?: unknown };
      if (typeof b.message === 'string' && b.message) message = b.message;
      else if (typeof b.error === 'string' && b.error) message = b.error;
    }
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(res.status, message);
}

async function postJson(path: string, body: unknown): Promise<CreatedBoard> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'Cannot reach the Gapboard server. Check your connection and try again.');
  }
  if (!res.ok) throw await errorFrom(res);
  const parsed = createdSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new ApiError(res.status, 'The server answered with an unexpected response.');
  return parsed.data;
}

/** Creates a board from a board file (`{}` for a blank board). */
export function createBoard(boardFile: unknown): Promise<CreatedBoard> {
  return postJson('/api/boards', boardFile);
}

/** Creates a board from one Atlassian Statuspage incident object. */
export function importStatuspageIncident(incident: unknown): Promise<CreatedBoard> {
  return postJson('/api/boards/import/statuspage', incident);
}

/**
 * Deletes a board for good; only its facilitator key may (sent in the `x-facilitator-key`
 * header, never in the URL). A board that is already gone (404) counts as deleted.
 */
export async function deleteBoard(boardId: string, facilitatorKey: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/boards/${encodeURIComponent(boardId)}`, { method: 'DELETE', headers: { 'x-facilitator-key': facilitatorKey } });
  } catch {
    throw new ApiError(0, 'Cannot reach the Gapboard server. Check your connection and try again.');
  }
  if (res.ok || res.status === 404) return;
  throw await errorFrom(res);
}
