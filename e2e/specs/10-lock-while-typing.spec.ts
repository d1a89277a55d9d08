import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, newPerson, openBoard, openPanel, readBoard } from '../support/board';
import type { GapboardServer } from '../support/gapboardServer';

const boardFile = {
  format: 'gapboard/v1',
  title: 'Checkout payments failing',
  incident: { startedAt: '2026-05-12T10:00:00.000Z', resolvedAt: '2026-05-12T13:00:00.000Z', customerImpact: '', timeZone: 'UTC' },
  cadenceMinutes: 30,
  channels: [],
  comms: [],
  stickies: [],
  actions: [{ id: 'a1', text: 'Draft', owner: 'Ana', due: '2026-12-01' }],
  annotations: [],
};

async function serverFile(server: GapboardServer, boardId: string): Promise<{ stickies: Array<{ text: string }>; actions: Array<{ text: string }> }> {
  const res = await fetch(`${server.url}/api/boards/${boardId}/export.json`);
  expect(res.status).toBe(200);
  return (await res.json()) as { stickies: Array<{ text: string }>; actions: Array<{ text: string }> };
}

const setLock = async (facilitator: Page, locked: boolean) => {
  const box = facilitator.getByLabel(/^Lock the board/);
  if (locked) await box.check();
  else await box.uncheck();
};

test('what a participant types while the facilitator locks the board is held, then reaches everyone on unlock', async ({ browser, server }) => {
  const created = await createBoardViaApi(server, boardFile);
  const fac = await newPerson(browser);
  const par = await newPerson(browser);
  await openBoard(fac.page, server, created.id, 'Maya', { key: created.facilitatorKey });
  await openBoard(par.page, server, created.id, 'Jonas');
  await openPanel(fac.page, 'step');
  const badge = par.page.getByTestId('connection-status');
  const sentence = 'Legal wants to review apology emails first';

  // N opens a sticky for typing (it reaches the facilitator empty); the lock arrives mid-sentence.
  await par.page.getByRole('heading', { level: 1 }).click();
  await par.page.keyboard.press('n');
  const editor = par.page.getByRole('textbox', { name: 'Issue sticky text' });
  await par.page.keyboard.type(sentence);
  await expect.poll(async () => (await readBoard(fac.page)).stickies.map((s) => s.text), { timeout: STATE_TIMEOUT }).toEqual(['']);
  await setLock(fac.page, true);
  await expect(par.page.getByTestId('readonly-badge')).toHaveText('Locked by the facilitator', { timeout: STATE_TIMEOUT });
  // The editor stays open with the text, and says what will happen to it.
  await expect(editor).toHaveValue(sentence);
  await expect(par.page.getByTestId('editor-locked-hint')).toContainText('shared when they unlock');

  // Enter: kept on the participant's screen, and said to be held, not saved.
  await par.page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(badge).toHaveAttribute('data-held', '1', { timeout: STATE_TIMEOUT });
  await expect(badge).toHaveText('1 sticky held until unlocked');
  expect((await readBoard(par.page)).stickies.map((s) => s.text)).toEqual([sentence]);
  expect((await readBoard(fac.page)).stickies.map((s) => s.text)).toEqual(['']);
  expect((await serverFile(server, created.id)).stickies.map((s) => s.text)).toEqual(['']);

  // Unlock: the text reaches the facilitator and the server, without the participant reloading.
  await setLock(fac.page, false);
  await expect.poll(async () => (await readBoard(fac.page)).stickies.map((s) => s.text), { timeout: STATE_TIMEOUT }).toEqual([sentence]);
  await expect.poll(async () => (await serverFile(server, created.id)).stickies.map((s) => s.text), { timeout: STATE_TIMEOUT }).toEqual([sentence]);
  await expect(badge).toHaveAttribute('data-held', '0', { timeout: STATE_TIMEOUT });
  await expect(badge).toHaveText('Online');

  // A panel field being typed in when the lock arrives turns into text without losing its words.
  await openPanel(par.page, 'plan');
  const action = par.page.getByTestId('action-row').first().getByLabel('Action');
  await action.fill('Holding-update templates for every channel');
  await setLock(fac.page, true);
  await expect(par.page.getByTestId('action-row').first()).toContainText('Holding-update templates for every channel', { timeout: STATE_TIMEOUT });
  await expect(badge).toHaveAttribute('data-held', '1', { timeout: STATE_TIMEOUT });
  await setLock(fac.page, false);
  await expect
    .poll(async () => (await serverFile(server, created.id)).actions.map((a) => a.text), { timeout: STATE_TIMEOUT })
    .toEqual(['Holding-update templates for every channel']);
});
