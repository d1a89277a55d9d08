import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, emptyIncidentFile, newPerson, openBoard, openPanel } from '../support/board';

const TITLE = 'Checkout outage 12 March';

/** Names of this page's IndexedDB databases (the board copies are `gapboard:<id>`). */
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test('the facilitator deletes the board while a participant is on it; nothing of it comes back', async ({ browser, server }) => {
  const created = await createBoardViaApi(server, emptyIncidentFile(TITLE, '2026-03-12T09:00:00.000Z', '2026-03-12T11:00:00.000Z'));
  const fay = await newPerson(browser);
  const pat = await newPerson(browser);
  const pageErrors: Error[] = [];
  for (const page of [fay.page, pat.page]) page.on('pageerror', (e) => pageErrors.push(e));
  await openBoard(fay.page, server, created.id, 'Fay', { key: created.facilitatorKey });
  await openBoard(pat.page, server, created.id, 'Pat');
  await expect(pat.page.getByRole('listitem', { name: /^Fay \(facilitator/ })).toBeVisible({ timeout: STATE_TIMEOUT });
  await expect.poll(() => databases(fay.page), { timeout: STATE_TIMEOUT }).toContain(`gapboard:${created.id}`);
  await expect.poll(() => databases(pat.page), { timeout: STATE_TIMEOUT }).toContain(`gapboard:${created.id}`);

  // Only the facilitator is offered the delete.
  await openPanel(pat.page, 'step');
  await expect(pat.page.getByTestId('step-panel')).toBeVisible();
  await expect(pat.page.getByTestId('delete-board')).toHaveCount(0);

  // It asks first, naming the board; Cancel keeps it.
  await openPanel(fay.page, 'step');
  await fay.page.getByTestId('delete-board').click();
  const dialog = fay.page.getByTestId('delete-board-dialog');
  await expect(dialog.getByRole('heading', { name: `Delete “${TITLE}”?` })).toBeVisible();
  await expect(dialog).toContainText('This can’t be undone.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await fetch(`${server.url}/api/boards/${created.id}`)).status).toBe(200);

  await fay.page.getByTestId('delete-board').click();
  await fay.page.getByTestId('delete-board-confirm').click();

  // Both are told it is gone (not an error, not "check the link").
  await expect(fay.page.getByRole('heading', { name: 'Board deleted' })).toBeVisible({ timeout: STATE_TIMEOUT });
  await expect(fay.page.getByTestId('board-deleted')).toContainText(`“${TITLE}” was deleted for everyone`);
  await expect(fay.page.getByTestId('board-not-found')).toHaveCount(0);
  await expect(pat.page.getByTestId('board-deleted')).toContainText(`“${TITLE}” was deleted for everyone`, { timeout: STATE_TIMEOUT });
  await expect(pat.page.getByTestId('board-not-found')).toHaveCount(0);
  expect((await fetch(`${server.url}/api/boards/${created.id}`)).status).toBe(404);

  // The facilitator's device forgets it: the local copy and the recent entry.
  await expect.poll(() => databases(fay.page), { timeout: STATE_TIMEOUT }).not.toContain(`gapboard:${created.id}`);
  await fay.page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(fay.page.getByTestId('home-create-blank')).toBeVisible();
  await expect(fay.page.locator(`a[href="/b/${created.id}"]`)).toHaveCount(0);

  // The participant's device forgets it too; the address now finds nothing, and the board stays gone.
  await expect.poll(() => databases(pat.page), { timeout: STATE_TIMEOUT }).not.toContain(`gapboard:${created.id}`);
  await pat.page.reload();
  await expect(pat.page.getByTestId('board-not-found')).toBeVisible({ timeout: STATE_TIMEOUT });
  expect((await fetch(`${server.url}/api/boards/${created.id}`)).status).toBe(404);
  expect((await fetch(`${server.url}/api/boards/${created.id}/export.json`)).status).toBe(404);

  expect(pageErrors).toEqual([]);
  await fay.context.close();
  await pat.context.close();
});
