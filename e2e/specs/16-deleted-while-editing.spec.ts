import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, newPerson, openBoard, openPanel, readBoard } from '../support/board';

/** Page point of sticky `id`'s text, where the canvas draws it (world → screen via the hook). */
async function stickyPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  await expect.poll(async () => (await readBoard(page)).viewport !== null, { timeout: STATE_TIMEOUT }).toBe(true);
  return page.evaluate((stickyId) => {
    type Hook = { board: { stickies: Array<{ id: string; x: number; y: number }> }; viewport: { x: number; y: number; scale: number } };
    const hook = (window as unknown as { __gapboard: Hook }).__gapboard;
    const sticky = hook.board.stickies.find((s) => s.id === stickyId)!;
    const v = hook.viewport;
    const canvas = document.querySelector('[data-testid="board-canvas"]')!.getBoundingClientRect();
    return { x: canvas.left + (sticky.x + 75) * v.scale + v.x, y: canvas.top + (sticky.y + 45) * v.scale + v.y };
  }, id);
}

/** Selects sticky `id` on the canvas and deletes it with the Delete key, as the room does. */
async function deleteOnCanvas(page: Page, id: string): Promise<void> {
  const point = await stickyPoint(page, id);
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await readBoard(page)).stickies.some((s) => s.id === id), { timeout: STATE_TIMEOUT }).toBe(false);
}

const BOARD = {
  format: 'gapboard/v1',
  title: 'Checkout outage',
  incident: { startedAt: '2026-03-10T09:00:00.000Z', resolvedAt: '2026-03-10T12:00:00.000Z', customerImpact: '', timeZone: 'UTC' },
  cadenceMinutes: 30,
  channels: [{ id: 'c1', name: 'Status page' }],
  comms: [{ id: 'm1', channelId: 'c1', at: '2026-03-10T09:40:00.000Z', sender: 'Ana', summary: 'Investigating' }],
  stickies: [
    { id: 's1', kind: 'issue', text: 'Support learnt of the outage from customers', x: 40, y: 420 },
    { id: 's2', kind: 'issue', text: 'No update for 80 minutes', x: 300, y: 420 },
  ],
  actions: [],
  annotations: [],
};

async function twoPeople(browser: Parameters<typeof newPerson>[0], server: Parameters<typeof openBoard>[1]) {
  const created = await createBoardViaApi(server, BOARD);
  const aisha = (await newPerson(browser)).page;
  const jonas = (await newPerson(browser)).page;
  await openBoard(aisha, server, created.id, 'Aisha', { key: created.facilitatorKey });
  await openBoard(jonas, server, created.id, 'Jonas');
  return { aisha, jonas };
}

test('Aisha deletes the issue Jonas is writing a root cause for: his words stay in its place, in words he understands', async ({ browser, server }) => {
  const { aisha, jonas } = await twoPeople(browser, server);
  await openPanel(jonas, 'rootcauses');
  const field = jonas.locator('[id="rc-s2"]');
  await field.click();
  await field.pressSequentially('Nobody owned the status page');

  await deleteOnCanvas(aisha, 's2');

  const notice = jonas.getByTestId('lost-edit');
  await expect(notice.getByRole('alert')).toHaveText('Someone deleted this issue while you were editing it — your text was not saved.', { timeout: STATE_TIMEOUT });
  await expect(notice.getByLabel('Your root cause (not saved)')).toHaveValue('Nobody owned the status page');
  await expect(jonas.getByTestId('issue-row')).toHaveCount(1);
  await expect(jonas.getByTestId('rootcause-panel')).not.toContainText('no such entry');
});

test('Aisha deletes the sticky Jonas is typing in: his editor keeps the words, says why, and adds them back for everyone', async ({ browser, server }) => {
  const { aisha, jonas } = await twoPeople(browser, server);
  const point = await stickyPoint(jonas, 's2');
  await jonas.mouse.dblclick(point.x, point.y);
  const editor = jonas.getByRole('textbox', { name: 'Issue sticky text' });
  await editor.press('End');
  await jonas.keyboard.type(' while checkout was down');

  await deleteOnCanvas(aisha, 's2');

  const note = jonas.getByTestId('sticky-editor-note');
  await expect(note.getByRole('alert')).toHaveText('Someone deleted this sticky while you were editing it — your text was not saved.', { timeout: STATE_TIMEOUT });
  await expect(editor).toHaveValue('No update for 80 minutes while checkout was down');
  await expect(note).toBeInViewport({ ratio: 1 });

  await note.getByRole('button', { name: 'Add it back as a new sticky' }).click();
  await expect(editor).toHaveCount(0);
  await expect
    .poll(async () => (await readBoard(aisha)).stickies.map((s) => s.text), { timeout: STATE_TIMEOUT })
    .toContain('No update for 80 minutes while checkout was down');
});
