import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import {
  STATE_TIMEOUT,
  addChannel,
  addComm,
  canvasShot,
  createBoardViaApi,
  emptyIncidentFile,
  newPerson,
  openBoard,
  openPanel,
  readBoard,
} from '../support/board';

/** The stickies this page's client created (a Yjs item records the client that made it), by id. */
function ownStickies(page: Page): Promise<Array<{ id: string; text: string; x: number; y: number }>> {
  return page.evaluate(() => {
    type Entry = { _item: { id: { client: number } } | null };
    type Hook = {
      doc: { clientID: number; getMap(n: string): Map<string, Entry> };
      board: { stickies: Array<{ id: string; text: string; x: number; y: number }> };
    };
    const hook = (window as unknown as { __gapboard: Hook }).__gapboard;
    const own = new Set<string>();
    hook.doc.getMap('stickies').forEach((entry, id) => {
      if (entry._item?.id.client === hook.doc.clientID) own.add(id);
    });
    return hook.board.stickies
      .filter((s) => own.has(s.id))
      .map(({ id, text, x, y }) => ({ id, text, x, y }))
      .sort((a, b) => a.id.localeCompare(b.id));
  });
}

/**
 * Writes one issue sticky per sentence as the step panel says, with the N shortcut: N opens a new
 * sticky at the centre of the view for typing, the sentence goes into it ("n"s included), then
 * Enter, or Escape for every other one: both keep the text. Returns the new stickies' ids.
 */
async function addStickies(page: Page, sentences: string[]): Promise<string[]> {
  // Shortcuts are ignored while typing in a field: put the focus on the page itself.
  await page.getByRole('heading', { level: 1 }).click();
  const editor = page.getByRole('textbox', { name: 'Issue sticky text' });
  for (const [i, sentence] of sentences.entries()) {
    await page.keyboard.press('n');
    await page.keyboard.type(sentence);
    await expect(editor).toHaveValue(sentence);
    await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Escape');
    await expect(editor).toHaveCount(0);
  }
  await expect.poll(async () => (await ownStickies(page)).map((s) => s.text).sort(), { timeout: STATE_TIMEOUT }).toEqual([...sentences].sort());
  const own = await ownStickies(page);
  // All placed at the centre of an unmoved view, yet none hides another.
  expect(new Set(own.map((s) => `${s.x},${s.y}`)).size).toBe(sentences.length);
  return own.map((s) => s.id);
}

/** Writes an issue's root cause in the Root causes panel (which must be open). */
async function writeRootCause(page: Page, stickyId: string, text: string): Promise<void> {
  const input = page.locator(`[id="rc-${stickyId}"]`);
  await input.fill(text);
  await input.press('Enter');
}

test('two participants co-edit: comms and gaps appear live, concurrent stickies are all kept', async ({ browser, server }) => {
  const created = await createBoardViaApi(
    server,
    emptyIncidentFile('Checkout outage', '2026-03-10T09:00:00.000Z', '2026-03-10T12:00:00.000Z'),
  );
  const a = await newPerson(browser);
  const b = await newPerson(browser);
  await openBoard(a.page, server, created.id, 'Ana', { key: created.facilitatorKey });
  await openBoard(b.page, server, created.id, 'Ben');

  // B watches the gaps: with no comm at all the whole incident is one silence.
  await openPanel(b.page, 'gaps');
  const gapRows = b.page.getByTestId('gaps-list').getByTestId('gap-row');
  await expect(gapRows).toHaveCount(1, { timeout: STATE_TIMEOUT });
  await expect(gapRows.first()).toContainText('3 h');
  const canvasBefore = await canvasShot(b.page);

  // A paints the comms.
  await openPanel(a.page, 'comms');
  await addChannel(a.page, 'Status page');
  await addComm(a.page, { at: '2026-03-10T09:10', channel: 'Status page', sender: 'Ana', summary: 'Investigating checkout errors' });
  await addComm(a.page, { at: '2026-03-10T10:30', channel: 'Status page', sender: 'Ana', summary: 'Fix identified, rolling out' });

  // B: 09:00→09:10 is within target; 09:10→10:30 (80 min) and 10:30→12:00 (90 min) are gaps.
  await expect(gapRows).toHaveCount(2, { timeout: STATE_TIMEOUT });
  await expect(b.page.locator('[data-testid="gap-row"][data-rank="1"]')).toContainText('1 h 30 min');
  await expect(b.page.locator('[data-testid="gap-row"][data-rank="2"]')).toContainText('1 h 20 min');
  await expect(b.page.getByTestId('stat-first-update')).toHaveText('10 min');
  await expect.poll(async () => (await readBoard(b.page)).comms.map((c) => c.summary).sort(), { timeout: STATE_TIMEOUT }).toEqual([
    'Fix identified, rolling out',
    'Investigating checkout errors',
  ]);
  // The dots (and the new channel's branch) are drawn on B's canvas.
  await expect.poll(async () => (await canvasShot(b.page)).equals(canvasBefore), { timeout: STATE_TIMEOUT }).toBe(false);
  // B's comms table shows them too.
  await openPanel(b.page, 'comms');
  await expect(b.page.getByTestId('comm-row')).toHaveCount(2);

  // Both write issue stickies at the same time.
  await Promise.all([openPanel(a.page, 'rootcauses'), openPanel(b.page, 'rootcauses')]);
  const [idsA, idsB] = await Promise.all([
    addStickies(a.page, ['No update for an hour', 'Nobody knew who sends the next one', 'Error page not linked to the status page']),
    addStickies(b.page, ['Support learnt of it from customers', 'No ETA given', 'Internal channel not watched']),
  ]);
  const allIds = [...idsA, ...idsB].sort();
  expect(new Set(allIds).size).toBe(6);
  for (const page of [a.page, b.page]) {
    await expect.poll(async () => (await readBoard(page)).stickies.map((s) => s.id).sort(), { timeout: STATE_TIMEOUT }).toEqual(allIds);
    await expect(page.getByTestId('issue-row')).toHaveCount(6, { timeout: STATE_TIMEOUT });
  }

  // …and each writes the root cause of one of the other's stickies, at the same time.
  const [stickyOfA, stickyOfB] = [idsA[0] ?? '', idsB[0] ?? ''];
  await Promise.all([
    writeRootCause(a.page, stickyOfB, 'Nobody owned customer comms'),
    writeRootCause(b.page, stickyOfA, 'No update from the dev team, so nothing to say'),
  ]);
  for (const page of [a.page, b.page]) {
    await expect(page.locator(`[id="rc-${stickyOfB}"]`)).toHaveValue('Nobody owned customer comms', { timeout: STATE_TIMEOUT });
    await expect(page.locator(`[id="rc-${stickyOfA}"]`)).toHaveValue('No update from the dev team, so nothing to say', { timeout: STATE_TIMEOUT });
    await expect(page.getByTestId('issue-row')).toHaveCount(6);
  }
  // Nothing else was lost on the way.
  expect((await readBoard(a.page)).comms).toHaveLength(2);
  expect((await readBoard(b.page)).channels.map((c) => c.name)).toEqual(['Status page']);

  await a.context.close();
  await b.context.close();
});
