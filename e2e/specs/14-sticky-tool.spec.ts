import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, emptyIncidentFile, openBoard, readBoard } from '../support/board';

/** A point of the canvas, in page coordinates, `fx`/`fy` of the way across it. */
async function canvasPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

test('the Sticky tool places one sticky and hands back to Select; a click that ends typing never adds a sticky', async ({ page, server }) => {
  const created = await createBoardViaApi(server, emptyIncidentFile('Checkout outage', '2026-03-10T09:00:00.000Z', '2026-03-10T12:00:00.000Z'));
  await openBoard(page, server, created.id, 'Kim', { key: created.facilitatorKey });
  const editor = page.getByRole('textbox', { name: 'Issue sticky text' });
  const stickies = async () => (await readBoard(page)).stickies;
  const toolPressed = (name: string) => expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');

  // One click with the tool: a sticky open for typing, and the tool is Select again.
  await page.getByRole('button', { name: 'Sticky', exact: true }).click();
  const first = await canvasPoint(page, 0.2, 0.15);
  await page.mouse.click(first.x, first.y);
  await expect(editor).toBeFocused();
  await page.keyboard.type('Status page and Twitter said different things');
  await toolPressed('Select');
  // Clicking elsewhere finishes typing: the text is kept, no second (empty) sticky is opened.
  const elsewhere = await canvasPoint(page, 0.8, 0.15);
  await page.mouse.click(elsewhere.x, elsewhere.y);
  await expect(editor).toHaveCount(0);
  await expect.poll(async () => (await stickies()).map((s) => s.text), { timeout: STATE_TIMEOUT }).toEqual(['Status page and Twitter said different things']);

  // Shift-click keeps the tool on; the click that then closes the editor only closes it.
  await page.getByRole('button', { name: 'Sticky', exact: true }).click();
  const second = await canvasPoint(page, 0.45, 0.15);
  await page.keyboard.down('Shift');
  await page.mouse.click(second.x, second.y);
  await page.keyboard.up('Shift');
  await expect(editor).toBeFocused();
  await page.keyboard.type('No ETA given');
  await toolPressed('Sticky');
  await page.mouse.click(elsewhere.x, elsewhere.y + 40);
  await expect(editor).toHaveCount(0);
  await expect.poll(async () => (await stickies()).length, { timeout: STATE_TIMEOUT }).toBe(2);
  // The tool is still on: the next click places a sticky again.
  await page.mouse.click(elsewhere.x, elsewhere.y + 40);
  await expect(editor).toBeFocused();
  await page.keyboard.type('Third');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stickies()).map((s) => s.text).sort(), { timeout: STATE_TIMEOUT }).toEqual([
    'No ETA given',
    'Status page and Twitter said different things',
    'Third',
  ]);
});
