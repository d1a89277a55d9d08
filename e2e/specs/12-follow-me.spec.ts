import type { Page } from '@playwright/test';
import { exampleBoardFile } from '@gapboard/shared';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, openBoard, openPanel, readBoard } from '../support/board';

/** The part of the board (world coordinates) this page's canvas shows. */
async function seenRect(page: Page) {
  const { viewport } = await readBoard(page);
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  const v = viewport!;
  return { x: -v.x / v.scale, y: -v.y / v.scale, width: box.width / v.scale, height: box.height / v.scale, scale: v.scale };
}

/** Whether the follower's rectangle holds all of the facilitator's, centred on the same point. */
async function seesAllOf(follower: Page, facilitator: Page): Promise<boolean> {
  const [f, p] = await Promise.all([seenRect(facilitator), seenRect(follower)]);
  const eps = 1;
  const centred = Math.abs(f.x + f.width / 2 - (p.x + p.width / 2)) < eps && Math.abs(f.y + f.height / 2 - (p.y + p.height / 2)) < eps;
  const holds = p.x <= f.x + eps && p.y <= f.y + eps && p.x + p.width >= f.x + f.width - eps && p.y + p.height >= f.y + f.height - eps;
  return centred && holds;
}

test("a follower on a smaller screen sees all of the facilitator's view, through quick zooms, and can step out and back", async ({ browser, server }) => {
  const created = await createBoardViaApi(server, exampleBoardFile);
  const fac = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const part = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const a = await fac.newPage();
  const b = await part.newPage();
  await openBoard(a, server, created.id, 'Maya', { key: created.facilitatorKey });
  await openBoard(b, server, created.id, 'Jonas');

  await openPanel(a, 'step');
  await a.getByTestId('follow-me').check();
  await expect(b.getByTestId('follow-badge')).toContainText('Following Maya’s view', { timeout: STATE_TIMEOUT });
  await expect.poll(() => seesAllOf(b, a), { timeout: STATE_TIMEOUT }).toBe(true);

  // Fit, then two quick "+": the follower ends on the facilitator's last zoom, not the one before.
  const toolbar = a.locator('.canvas-toolbar');
  await toolbar.getByRole('button', { name: 'Fit' }).click();
  await toolbar.getByRole('button', { name: 'Zoom in' }).click();
  await toolbar.getByRole('button', { name: 'Zoom in' }).click();
  const facScale = (await seenRect(a)).scale;
  await expect.poll(() => seesAllOf(b, a), { timeout: STATE_TIMEOUT }).toBe(true);
  // Scaled down to fit the narrower canvas, by the ratio of the canvas widths at most.
  const partScale = (await seenRect(b)).scale;
  expect(partScale).toBeLessThan(facScale);
  expect(partScale).toBeGreaterThan(facScale * 0.5);

  // The follower drags: that is their own view now, and the badge offers the way back.
  const canvas = (await b.getByTestId('board-canvas').boundingBox())!;
  await b.mouse.move(canvas.x + 200, canvas.y + canvas.height - 60);
  await b.mouse.down();
  await b.mouse.move(canvas.x + 320, canvas.y + canvas.height - 90, { steps: 5 });
  await b.mouse.up();
  await expect(b.getByTestId('follow-badge')).toHaveAttribute('data-following', 'false');
  expect(await seesAllOf(b, a)).toBe(false);
  await b.getByTestId('follow-badge').getByRole('button', { name: 'Follow Maya' }).click();
  await expect.poll(() => seesAllOf(b, a), { timeout: STATE_TIMEOUT }).toBe(true);

  // Follow-me off: the badge goes, and the view stays where it was led.
  const led = await seenRect(b);
  await a.getByTestId('follow-me').uncheck();
  await expect(b.getByTestId('follow-badge')).toHaveCount(0, { timeout: STATE_TIMEOUT });
  expect(await seenRect(b)).toEqual(led);

  await fac.close();
  await part.close();
});
