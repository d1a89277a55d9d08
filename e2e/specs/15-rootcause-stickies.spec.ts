import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, newPerson, openBoard, openPanel } from '../support/board';

const CAUSE = 'Support is not in the incident channel';

/** A point of the canvas, in page coordinates, `fx`/`fy` of the way across it. */
async function canvasPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
}

test('a root-cause sticky written on the canvas shows in the Root causes panel, and one click makes it an issue’s root cause for everyone', async ({ browser, server }) => {
  const created = await createBoardViaApi(server, {
    format: 'gapboard/v1',
    title: 'Checkout outage',
    incident: { startedAt: '2026-03-10T09:00:00.000Z', resolvedAt: '2026-03-10T12:00:00.000Z', customerImpact: '', timeZone: 'UTC' },
    cadenceMinutes: 30,
    channels: [],
    comms: [],
    stickies: [{ id: 's1', kind: 'issue', text: 'Support learnt of the outage from customers', x: 0, y: 400 }],
    actions: [],
    annotations: [],
  });
  const aisha = (await newPerson(browser)).page;
  const jonas = (await newPerson(browser)).page;
  await openBoard(aisha, server, created.id, 'Aisha', { key: created.facilitatorKey });
  await openBoard(jonas, server, created.id, 'Jonas');
  await Promise.all([openPanel(aisha, 'rootcauses'), openPanel(jonas, 'rootcauses')]);

  // Aisha writes a root-cause sticky on the canvas, as the room does in step 4.
  await aisha.getByLabel('Sticky kind').selectOption('root-cause');
  await aisha.getByRole('button', { name: 'Sticky', exact: true }).click();
  const spot = await canvasPoint(aisha, 0.3, 0.2);
  await aisha.mouse.click(spot.x, spot.y);
  await aisha.getByRole('textbox', { name: 'Root cause sticky text' }).fill(CAUSE);
  await aisha.keyboard.press('Enter');

  // Both panels list it, with the board's only issue (no root cause yet) already picked.
  for (const page of [aisha, jonas]) {
    const row = page.getByTestId('rootcause-sticky');
    await expect(row).toHaveCount(1, { timeout: STATE_TIMEOUT });
    await expect(row).toContainText(CAUSE);
    await expect(row.getByLabel('Issue it explains')).toHaveValue('s1');
  }

  // One click by Jonas: the root cause, in the groups of both, and off both lists.
  await jonas.getByTestId('use-rootcause-sticky').click();
  for (const page of [jonas, aisha]) {
    await expect(page.getByTestId('rootcause-sticky')).toHaveCount(0, { timeout: STATE_TIMEOUT });
    await expect(page.getByTestId('rootcause-group')).toContainText(CAUSE);
    await expect(page.locator('[id="rc-s1"]')).toHaveValue(CAUSE);
  }
  await expect(jonas.getByTestId('rootcause-sticky-used')).toHaveText('Now the root cause of “Support learnt of the outage from customers”');
  await expect
    .poll(async () => {
      const res = await fetch(`${server.url}/api/boards/${created.id}/analysis`);
      const analysis = (await res.json()) as { rootCauseGroups: Array<{ causes: Array<{ rootCause: string }> }> };
      return analysis.rootCauseGroups.flatMap((g) => g.causes.map((c) => c.rootCause));
    }, { timeout: STATE_TIMEOUT })
    .toEqual([CAUSE]);
});
