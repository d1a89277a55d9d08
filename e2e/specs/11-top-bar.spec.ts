import type { Browser, Page } from '@playwright/test';
import { exampleBoardFile } from '@gapboard/shared';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, expectConnected, openBoard, openPanel } from '../support/board';

// The audit's board: a long title and long channel names, as real incidents have.
const boardFile = { ...exampleBoardFile, title: 'Checkout payments failing for EU customers' };
const STEPS = ['Prep', '1 Set the stage', '2 Mind the gap', '3 Assessment', '4 Root causes', '5 Plan'];

/** The top bar's height, and whether the step chip and the help button are whole and on its first row. */
async function topBar(page: Page): Promise<{ height: number; chipCut: boolean; helpOnFirstRow: boolean; helpInView: boolean }> {
  return page.evaluate(() => {
    const bar = document.querySelector('header.topbar')!.getBoundingClientRect();
    const chip = document.querySelector('header .step-chip') as HTMLElement;
    const help = document.querySelector('header button[aria-label^="Help"]')!.getBoundingClientRect();
    return {
      height: Math.round(bar.height),
      chipCut: chip.scrollWidth > chip.clientWidth,
      helpOnFirstRow: help.top - bar.top < 16,
      helpInView: help.right <= window.innerWidth,
    };
  });
}

async function person(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height} the top bar is one row of the same height in every step, for facilitator, participant and viewer`, async ({
    browser,
    server,
  }) => {
    const created = await createBoardViaApi(server, boardFile);
    const fac = await person(browser, viewport);
    const par = await person(browser, viewport);
    await openBoard(fac, server, created.id, 'Maya Chen', { key: created.facilitatorKey });
    await openBoard(par, server, created.id, 'Aisha Okafor');
    await openPanel(fac, 'step');
    await fac.getByTestId('mint-read-link').click();
    await expect(fac.getByTestId('read-link')).toHaveValue(/\/v\//, { timeout: STATE_TIMEOUT });
    const viewer = await person(browser, viewport);
    await viewer.goto(`${await fac.getByTestId('read-link').inputValue()}?debug=1`);
    await expectConnected(viewer);

    const pages = { facilitator: fac, participant: par, viewer };
    const heights = new Set<number>();
    for (const step of STEPS) {
      await fac.getByTestId('step-panel').locator('ol.steps').getByRole('button', { name: step }).click();
      for (const [who, page] of Object.entries(pages)) {
        await expect(page.locator('header .step-chip'), who).toHaveText(step, { timeout: STATE_TIMEOUT });
        const bar = await topBar(page);
        expect(bar, `${who} in "${step}"`).toEqual({ height: bar.height, chipCut: false, helpOnFirstRow: true, helpInView: true });
        heights.add(bar.height);
        // Back to the step panel for the next click (the facilitator's panel follows the step).
        if (page === fac) await openPanel(fac, 'step');
      }
    }
    // One height for everyone in every step: the canvas below never moves.
    expect([...heights]).toHaveLength(1);
    expect([...heights][0]).toBeLessThan(60);
  });
}
