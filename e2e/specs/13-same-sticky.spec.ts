import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, newPerson, openBoard, readBoard } from '../support/board';

const BASE = 'Status page silent 10:52-13:35 while Twitter also went quiet.';

/** Double-clicks the board's only sticky where the canvas draws it (world → screen via the hook). */
async function openSticky(page: Page): Promise<void> {
  const point = await page.evaluate(() => {
    type Hook = { board: { stickies: Array<{ x: number; y: number }> }; viewport: { x: number; y: number; scale: number } };
    const hook = (window as unknown as { __gapboard: Hook }).__gapboard;
    const sticky = hook.board.stickies[0]!;
    const v = hook.viewport;
    const canvas = document.querySelector('[data-testid="board-canvas"]')!.getBoundingClientRect();
    return { x: canvas.left + (sticky.x + 75) * v.scale + v.x, y: canvas.top + (sticky.y + 45) * v.scale + v.y };
  });
  await page.mouse.dblclick(point.x, point.y);
}

test('two people add a sentence to one sticky: each sees the other in it, and both sentences stay', async ({ browser, server }) => {
  const created = await createBoardViaApi(server, {
    format: 'gapboard/v1',
    title: 'Checkout payments outage',
    incident: { startedAt: '2026-03-10T10:40:00.000Z', resolvedAt: '2026-03-10T13:40:00.000Z', customerImpact: '', timeZone: 'UTC' },
    cadenceMinutes: 30,
    channels: [{ id: 'c1', name: 'Status page' }],
    comms: [{ id: 'm1', channelId: 'c1', at: '2026-03-10T10:52:00.000Z', sender: 'Ops', summary: 'Investigating' }],
    stickies: [{ id: 's1', kind: 'issue', text: BASE, x: 200, y: -260 }],
    actions: [],
    annotations: [],
  });
  const jonas = (await newPerson(browser)).page;
  const aisha = (await newPerson(browser)).page;
  await openBoard(jonas, server, created.id, 'Jonas');
  await openBoard(aisha, server, created.id, 'Aisha');
  await expect.poll(async () => (await readBoard(jonas)).viewport !== null && (await readBoard(aisha)).viewport !== null, { timeout: STATE_TIMEOUT }).toBe(true);

  await openSticky(jonas);
  const jonasEditor = jonas.getByRole('textbox', { name: 'Issue sticky text' });
  await jonasEditor.press('End');
  await jonas.keyboard.type(' PR was not looped in.');

  await openSticky(aisha);
  const aishaEditor = aisha.getByRole('textbox', { name: 'Issue sticky text' });
  await aishaEditor.press('End');
  await aisha.keyboard.type(' Customers kept retrying payments.');
  await expect(aisha.getByTestId('sticky-editing-hint')).toHaveText('Jonas is also editing this sticky: both your words will be kept.', { timeout: STATE_TIMEOUT });
  await expect(jonas.getByTestId('sticky-editing-hint')).toHaveText('Aisha is also editing this sticky: both your words will be kept.', { timeout: STATE_TIMEOUT });

  // Jonas presses Enter first: his sentence reaches Aisha's board, her draft stays in her editor.
  await jonasEditor.press('Enter');
  await expect.poll(async () => (await readBoard(aisha)).stickies[0]?.text, { timeout: STATE_TIMEOUT }).toBe(`${BASE} PR was not looped in.`);
  await expect(aishaEditor).toHaveValue(`${BASE} Customers kept retrying payments.`);
  await expect(aisha.getByTestId('sticky-editing-hint')).toHaveCount(0, { timeout: STATE_TIMEOUT });

  // Aisha presses Enter last: both sentences, on both boards, and she is told.
  await aishaEditor.press('Enter');
  const both = `${BASE} PR was not looped in. Customers kept retrying payments.`;
  for (const page of [jonas, aisha]) {
    await expect.poll(async () => (await readBoard(page)).stickies[0]?.text, { timeout: STATE_TIMEOUT }).toBe(both);
  }
  await expect(aisha.getByTestId('canvas-note')).toContainText('both versions are kept');
});
