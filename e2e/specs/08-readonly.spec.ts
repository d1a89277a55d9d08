import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, addComm, createBoardViaApi, expectConnected, newPerson, openBoard, openPanel, readBoard } from '../support/board';
import type { GapboardServer } from '../support/gapboardServer';

const TITLE = 'CDN misconfiguration';
const boardFile = {
  format: 'gapboard/v1',
  title: TITLE,
  incident: { startedAt: '2026-09-03T15:00:00.000Z', resolvedAt: '2026-09-03T18:00:00.000Z', customerImpact: 'Images missing', timeZone: 'UTC' },
  cadenceMinutes: 30,
  channels: [{ id: 'status', name: 'Status page' }],
  comms: [{ id: 'm1', channelId: 'status', at: '2026-09-03T15:20:00.000Z', sender: 'Ops', summary: 'Investigating missing images' }],
  stickies: [],
  actions: [],
  annotations: [],
};

async function serverFile(server: GapboardServer, boardId: string): Promise<{ title: string; channels: unknown[]; comms: Array<{ summary: string }> }> {
  const res = await fetch(`${server.url}/api/boards/${boardId}/export.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as { title: string; channels: unknown[]; comms: Array<{ summary: string }> };
}

/** Number of stickies in the page's document, read synchronously (no render in between). */
const docStickies = (page: Page) =>
  page.evaluate(() => (window as unknown as { __gapboard: { doc: { getMap(n: string): { size: number } } } }).__gapboard.doc.getMap('stickies').size);

test('a read-only link sees live updates, has no editing controls, and its writes reach nobody', async ({ browser, server }) => {
  const created = await createBoardViaApi(server, boardFile);
  const a = await newPerson(browser);
  const b = await newPerson(browser);
  await openBoard(a.page, server, created.id, 'Fay', { key: created.facilitatorKey });
  await openBoard(b.page, server, created.id, 'Pat');

  // The facilitator's panel offers the editing link to invite participants (no facilitator key in it)…
  await openPanel(a.page, 'step');
  await expect(a.page.getByTestId('participant-link')).toHaveValue(`${server.url}/b/${created.id}`);
  // …and mints the read-only link in the UI.
  await a.page.getByTestId('mint-read-link').click();
  const linkInput = a.page.getByTestId('read-link');
  await expect(linkInput).toHaveValue(new RegExp(`^${server.url}/.+`), { timeout: STATE_TIMEOUT });
  const link = new URL(await linkInput.inputValue());
  expect(link.origin).toBe(server.url);
  // The read-only link is its own credential; it is not the editing link.
  expect(link.toString()).not.toBe(`${server.url}/b/${created.id}`);

  // A third person opens it (test hook on): the board and the meeting at once, no name asked…
  const v = await newPerson(browser);
  link.searchParams.set('debug', '1');
  await v.page.goto(link.toString());
  await expectConnected(v.page);
  await expect(v.page.getByTestId('name-prompt')).toHaveCount(0);
  await expect(v.page.getByTestId('readonly-badge')).toHaveText('Read-only');
  expect((await readBoard(v.page)).role).toBe('viewer');
  await expect(v.page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(a.page.getByRole('listitem', { name: /^Viewer \(viewer\)/ })).toBeVisible({ timeout: STATE_TIMEOUT });
  // …and a name can be given when the viewer likes (it can also be left).
  await v.page.getByRole('button', { name: /^Set your name/ }).click();
  const prompt = v.page.getByTestId('name-prompt');
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toBeHidden();
  await v.page.getByRole('button', { name: /^Set your name/ }).click();
  await prompt.getByLabel('Display name').fill('Viewer Val');
  await prompt.getByRole('button', { name: 'Save name' }).click();
  await expect(prompt).toBeHidden();
  await expect(a.page.getByRole('listitem', { name: /^Viewer Val \(viewer/ })).toBeVisible({ timeout: STATE_TIMEOUT });
  await expect(v.page.getByTestId('my-name')).toHaveText('Viewer Val');
  await expectConnected(v.page);

  // No editing controls anywhere; the view can still be zoomed and fitted.
  await expect(v.page.getByRole('toolbar', { name: 'Canvas tools' })).toHaveCount(0);
  const view = v.page.getByRole('toolbar', { name: 'Canvas view' });
  await expect(view.getByRole('button')).toHaveText(['−', '+', 'Fit']);
  const scaleBefore = (await readBoard(v.page)).viewport!.scale;
  await view.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await readBoard(v.page)).viewport!.scale).toBeGreaterThan(scaleBefore);
  await openPanel(v.page, 'comms');
  await expect(v.page.getByTestId('comm-row')).toHaveCount(1);
  await expect(v.page.getByTestId('add-comm')).toHaveCount(0);
  await expect(v.page.getByTestId('add-channel')).toHaveCount(0);
  await expect(v.page.getByRole('button', { name: /^(Edit|Delete)/ })).toHaveCount(0);
  await openPanel(v.page, 'prep');
  await expect(v.page.getByRole('button', { name: 'Save prep' })).toHaveCount(0);
  await expect(v.page.getByLabel('Incident title')).toHaveAttribute('readonly', '');
  await openPanel(v.page, 'step');
  await expect(v.page.getByTestId('timer-start')).toHaveCount(0);
  await expect(v.page.getByTestId('mint-read-link')).toHaveCount(0);
  // The N shortcut does nothing either.
  await v.page.getByRole('heading', { level: 1 }).click();
  await v.page.keyboard.press('n');
  expect(await docStickies(v.page)).toBe(0);

  // Live updates reach the viewer: a comm from the facilitator, a sticky from a participant.
  await openPanel(v.page, 'comms');
  await openPanel(a.page, 'comms');
  await addComm(a.page, { at: '2026-09-03T16:10', channel: 'Status page', sender: 'Fay', summary: 'Rolled back the CDN rule' });
  await expect(v.page.getByTestId('comm-row').filter({ hasText: 'Rolled back the CDN rule' })).toHaveCount(1, { timeout: STATE_TIMEOUT });
  await b.page.getByRole('heading', { level: 1 }).click();
  await b.page.keyboard.press('n');
  await expect.poll(() => docStickies(v.page), { timeout: STATE_TIMEOUT }).toBe(1);

  // A direct write through the document (bypassing the UI) changes only the viewer's own copy.
  await v.page.evaluate(() => {
    const doc = (window as unknown as { __gapboard: { doc: { getMap(n: string): { set(k: string, v: unknown): void; delete(k: string): void } } } }).__gapboard.doc;
    doc.getMap('meta').set('title', 'Hacked by a viewer');
    doc.getMap('comms').delete('m1');
  });
  await expect.poll(async () => (await readBoard(v.page)).title).toBe('Hacked by a viewer');
  await expect(v.page.getByTestId('comm-row').filter({ hasText: 'Investigating missing images' })).toHaveCount(0);

  // A later edit from the facilitator gets through to everyone, the viewer included…
  await addComm(a.page, { at: '2026-09-03T17:55', channel: 'Status page', sender: 'Fay', summary: 'All images served again' });
  await expect(v.page.getByTestId('comm-row').filter({ hasText: 'All images served again' })).toHaveCount(1, { timeout: STATE_TIMEOUT });
  await expect(b.page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect.poll(async () => (await serverFile(server, created.id)).comms.length, { timeout: STATE_TIMEOUT }).toBe(3);
  // …but the viewer's write reached nobody: not the server, not the others.
  const stored = await serverFile(server, created.id);
  expect(stored.title).toBe(TITLE);
  expect(stored.comms.map((c) => c.summary)).toContain('Investigating missing images');
  for (const page of [a.page, b.page]) {
    const seen = await readBoard(page);
    expect(seen.title).toBe(TITLE);
    expect(seen.comms.map((c) => c.id)).toContain('m1');
    expect(seen.comms).toHaveLength(3);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  }

  // A fresh read-only visitor sees the real board, not the dropped write.
  const w = await newPerson(browser);
  link.searchParams.set('debug', '1');
  await w.page.goto(link.toString());
  await expectConnected(w.page);
  await expect(w.page.getByTestId('name-prompt')).toHaveCount(0);
  await expect(w.page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect.poll(async () => (await readBoard(w.page)).comms.length, { timeout: STATE_TIMEOUT }).toBe(3);
  expect((await readBoard(w.page)).stickies).toHaveLength(1);

  for (const person of [a, b, v, w]) await person.context.close();
});
