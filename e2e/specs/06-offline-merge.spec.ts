import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, addComm, createBoardViaApi, expectOnline, newPerson, openBoard, openCommsPair, openPanel, readBoard } from '../support/board';
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

test('local copies of boards removed from the recent list are deleted, except one holding unsent edits', async ({ browser, server }) => {
  const titled = (title: string) => ({ ...boardFile, title });
  const kept = await createBoardViaApi(server, titled('Kept board'));
  const dropped = await createBoardViaApi(server, titled('Dropped board'));
  const pending = await createBoardViaApi(server, titled('Board with unsent edits'));
  const { context, page } = await newPerson(browser);
  await openBoard(page, server, kept.id, 'Dana');
  for (const board of [dropped, pending]) {
    await page.goto(`${server.url}/b/${board.id}?debug=1`);
    await expectOnline(page);
  }
  // An edit made offline on the last board, and the tab closed before it could be sent.
  const unsent = 'Status page update written offline';
  await context.setOffline(true);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline', { timeout: STATE_TIMEOUT });
  await openPanel(page, 'comms');
  await addComm(page, { at: '2026-07-08T11:05', channel: 'Status page', sender: 'Dana', summary: unsent });
  await expect.poll(async () => Number(await page.getByTestId('connection-status').getAttribute('data-unsynced')), { timeout: STATE_TIMEOUT }).toBeGreaterThanOrEqual(1);
  await page.close();
  await context.setOffline(false);

  const home = await context.newPage();
  await home.goto(server.url);
  const copies = () => home.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('gapboard:')).sort());
  await expect.poll(copies, { timeout: STATE_TIMEOUT }).toEqual([`gapboard:${kept.id}`, `gapboard:${dropped.id}`, `gapboard:${pending.id}`].sort());
  await home.getByRole('button', { name: 'Remove Dropped board from this list' }).click();
  await home.getByRole('button', { name: 'Remove Board with unsent edits from this list' }).click();
  await expect.poll(copies, { timeout: STATE_TIMEOUT }).toEqual([`gapboard:${kept.id}`, `gapboard:${pending.id}`].sort());

  // The kept copy still carries the unsent edit: opening the board again delivers it.
  await home.goto(`${server.url}/b/${pending.id}?debug=1`);
  await expectOnline(home);
  await expect.poll(() => serverSummaries(server, pending.id), { timeout: STATE_TIMEOUT }).toContain(unsent);
  await context.close();
});
