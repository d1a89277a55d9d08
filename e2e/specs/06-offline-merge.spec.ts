import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, addComm, expectOnline, openCommsPair, readBoard } from '../support/board';
import type { GapboardServer } from '../support/gapboardServer';

const boardFile = {
  format: 'gapboard/v1',
  title: 'API rate limiting gone wrong',
  incident: { startedAt: '2026-07-08T10:00:00.000Z', resolvedAt: '2026-07-08T13:00:00.000Z', customerImpact: '429 errors', timeZone: 'UTC' },
  cadenceMinutes: 30,
  channels: [
    { id: 'status', name: 'Status page' },
    { id: 'email', name: 'Email' },
  ],
  comms: [{ id: 'm1', channelId: 'status', at: '2026-07-08T10:15:00.000Z', sender: 'Ops', summary: 'Investigating elevated 429s' }],
  stickies: [],
  actions: [],
  annotations: [],
};

/** The comm summaries the server has stored (read over HTTP, outside either browser). */
async function serverSummaries(server: GapboardServer, boardId: string): Promise<string[]> {
  const res = await fetch(`${server.url}/api/boards/${boardId}/export.json`);
  expect(res.status).toBe(200);
  const file = (await res.json()) as { comms: Array<{ summary: string }> };
  return file.comms.map((c) => c.summary).sort();
}

test('an offline participant keeps editing and both edits merge on reconnect', async ({ browser, server }) => {
  const { created, a, b } = await openCommsPair(browser, server, boardFile);
  await expect(b.page.getByTestId('comm-row')).toHaveCount(1);

  // B loses the network.
  await b.context.setOffline(true);
  const badgeB = b.page.getByTestId('connection-status');
  await expect(badgeB).toHaveAttribute('data-state', 'offline', { timeout: STATE_TIMEOUT });

  // B edits offline: the edit is kept locally and counted as not yet sent.
  const fromB = 'Tweeted: we are on it (sent while offline)';
  await addComm(b.page, { at: '2026-07-08T10:50', channel: 'Status page', sender: 'Ben', summary: fromB });
  await expect.poll(async () => Number(await badgeB.getAttribute('data-unsynced')), { timeout: STATE_TIMEOUT }).toBeGreaterThanOrEqual(1);
  await expect(badgeB).toContainText('unsynced');

  // Meanwhile A edits online.
  const fromA = 'Email to API customers with a workaround';
  await addComm(a.page, { at: '2026-07-08T11:20', channel: 'Email', sender: 'Ana', summary: fromA });
  // A's edit reached the server; B's did not (B is offline).
  await expect.poll(() => serverSummaries(server, created.id), { timeout: STATE_TIMEOUT }).toContain(fromA);
  expect(await serverSummaries(server, created.id)).not.toContain(fromB);
  await expect(a.page.getByTestId('comm-row').filter({ hasText: fromB })).toHaveCount(0);
  await expect(b.page.getByTestId('comm-row').filter({ hasText: fromA })).toHaveCount(0);

  // B comes back: the badge goes online with nothing left unsent, and both edits are everywhere.
  await b.context.setOffline(false);
  await expectOnline(b.page);
  await expect(badgeB).toHaveAttribute('data-unsynced', '0', { timeout: STATE_TIMEOUT });
  const all = ['Investigating elevated 429s', fromA, fromB].sort();
  for (const page of [a.page, b.page]) {
    await expect(page.getByTestId('comm-row')).toHaveCount(3, { timeout: STATE_TIMEOUT });
    await expect.poll(async () => (await readBoard(page)).comms.map((c) => c.summary).sort(), { timeout: STATE_TIMEOUT }).toEqual(all);
  }
  await expect.poll(() => serverSummaries(server, created.id), { timeout: STATE_TIMEOUT }).toEqual(all);

  // The merged board's gaps agree in both browsers.
  const gapsA = (await readBoard(a.page)).gaps;
  expect(gapsA.length).toBeGreaterThan(0);
  expect((await readBoard(b.page)).gaps).toEqual(gapsA);

  await a.context.close();
  await b.context.close();
});
