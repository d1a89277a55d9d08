import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, deleteBoard } from './boardsApi';

afterEach(() => vi.unstubAllGlobals());

const answer = (status: number, body?: unknown) =>
  vi.fn(async (_url: string, _init?: RequestInit) => new Response(body === undefined ? null : JSON.stringify(body), { status }));

describe('deleteBoard', () => {
  it('sends DELETE with the facilitator key in the x-facilitator-key header, never in the URL', async () => {
    const fetch = answer(204);
    vi.stubGlobal('fetch', fetch);
    await deleteBoard('b/1', 'secret key');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/boards/b%2F1');
    expect(init?.method).toBe('DELETE');
    expect(init?.headers).toEqual({ 'x-facilitator-key': 'secret key' });
  });

  it('counts a board that is already gone (404) as deleted', async () => {
    vi.stubGlobal('fetch', answer(404, { error: 'not-found', message: 'board not found: b1' }));
    await expect(deleteBoard('b1', 'k')).resolves.toBeUndefined();
  });

  it("rejects with the server's message when refused", async () => {
    vi.stubGlobal('fetch', answer(403, { error: 'forbidden', message: "only the board's facilitator can delete it" }));
    const error = await deleteBoard('b1', 'wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, message: "only the board's facilitator can delete it" });
  });

  it('says so when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(deleteBoard('b1', 'k')).rejects.toMatchObject({ status: 0, message: expect.stringContaining('Cannot reach') });
  });
});
