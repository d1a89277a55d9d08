import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, joinAs, expectConnected, readBoard } from '../support/board';

// A laptop screen: the example incident is wider than the canvas at a readable scale.
test.use({ viewport: { width: 1024, height: 700 } });

test('on a laptop screen, Fit shows the whole board, hiding the panels gives the canvas their width, and a gap can be brought into view', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByTestId('home-open-example').click();
  await joinAs(page, 'Dana');
  // Again with the test hook (the example's creator keeps its facilitator key).
  await page.goto(`${page.url().split(/[?#]/)[0]}?debug=1`);
  await expectConnected(page);
  // The top bar stays on one row, also with a step and its timer shown: the canvas starts right below it.
  expect((await page.locator('.topbar').boundingBox())!.height).toBeLessThan(60);
  await page.getByTestId('step-panel').locator('ol.steps').getByRole('button', { name: '3 Assessment' }).click();
  await expect(page.locator('header .step-chip')).toHaveText('3 Assessment');
  expect((await page.locator('.topbar').boundingBox())!.height).toBeLessThan(60);

  const scale = async () => (await readBoard(page)).viewport?.scale ?? 0;
  await expect.poll(scale, { timeout: STATE_TIMEOUT }).toBeGreaterThan(0);
  const firstView = await scale();
  // The first view stops at a readable scale, and says that the timeline goes on to the right.
  const more = page.getByTestId('timeline-more');
  await expect(more).toContainText('Timeline continues to Resolution');
  // Fit zooms out to all of the board.
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(scale).toBeLessThan(firstView);
  await expect(more).toBeHidden();
  const fitted = await scale();

  const canvas = page.getByTestId('board-canvas');
  const narrow = (await canvas.boundingBox())!.width;
  await page.getByTestId('hide-panels').click();
  await expect(page.getByTestId('tab-step')).toBeHidden();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(narrow + 250);
  // The untouched, fitted view refits to the wider canvas: the board gets bigger.
  await expect.poll(scale).toBeGreaterThan(fitted);

  // The panels come back with their tabs, and so does the canvas width.
  await page.getByTestId('show-panels').click();
  await expect(page.getByTestId('tab-step')).toBeVisible();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeLessThan(narrow + 1);

  // A gap picked in the Gaps panel is brought into view, zoomed in from the whole board.
  await page.getByTestId('tab-gaps').click();
  const before = (await readBoard(page)).viewport!;
  await page.getByTestId('show-gap').first().click();
  await expect.poll(scale).toBeGreaterThan(before.scale);
});
