import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, addComm, expectConnected, newPerson, openBoard, openCommsPair, openPanel, readBoard } from '../support/board';
import type { GapboardServer } from '../support/gapboardServer';

const boardFile = {
  format: 'gapboard/v1',
  title: 'Storage cluster brown-out',
  incident: { startedAt: '2026-08-14T06:00:00.000Z', resolvedAt: '2026-08-14T09:00:00.000Z', customerImpact: 'Slow uploads', timeZone: 'UTC' },
  cadenceMinutes: 30,
  channels: [{ id: 'status', name: 'Status page' }],
  comms: [],
  stickies: [],
  actions: [],
  annotations: [],
};

async function serverSummaries(server: GapboardServer, boardId: string): Promise<string[]> {
  const res = await fetch(`${server.url}/api/boards/${boardId}/export.json`);
  if (res.status !== 200) return [];
  const file = (await res.json()) as { comms: Array<{ summary: string }> };
  return file.comms.map((c) => c.summary).sort();
}

test('the server restarts mid-session: both clients reconnect and no edit is lost', async ({ browser, server }) => {
  const { created, a, b } = await openCommsPair(browser, server, boardFile);

  // Before: an edit that reached the server.
  const before = 'Investigating slow uploads';
  await addComm(a.page, { at: '2026-08-14T06:20', channel: 'Status page', sender: 'Ana', summary: before });
  await expect.poll(() => serverSummaries(server, created.id), { timeout: STATE_TIMEOUT }).toEqual([before]);
  await expect(b.page.getByTestId('comm-row').filter({ hasText: before })).toHaveCount(1, { timeout: STATE_TIMEOUT });

  // The server goes down: both badges say so.
  await server.stop();
  for (const page of [a.page, b.page]) {
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'reconnecting', { timeout: STATE_TIMEOUT });
  }
  // B keeps working while it is down.
  const during = 'Uploads recovering in EU (written while the server was down)';
  await addComm(b.page, { at: '2026-08-14T07:05', channel: 'Status page', sender: 'Ben', summary: during });
  await expect(b.page.getByTestId('connection-status')).toHaveAttribute('data-unsynced', /^[1-9]/);

  // It comes back on the same address and data: both reconnect (document and meeting).
  await server.restart();
  for (const page of [a.page, b.page]) {
    await expectConnected(page);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-unsynced', '0', { timeout: STATE_TIMEOUT });
    await expect(page.getByRole('list', { name: /people here/ }).getByRole('listitem')).toHaveCount(2, { timeout: STATE_TIMEOUT });
  }

  // After: an edit made once it is back.
  const after = 'Resolved: all uploads back to normal';
  await addComm(a.page, { at: '2026-08-14T08:55', channel: 'Status page', sender: 'Ana', summary: after });

  const all = [before, during, after].sort();
  for (const page of [a.page, b.page]) {
    await expect(page.getByTestId('comm-row')).toHaveCount(3, { timeout: STATE_TIMEOUT });
    await expect.poll(async () => (await readBoard(page)).comms.map((c) => c.summary).sort(), { timeout: STATE_TIMEOUT }).toEqual(all);
  }
  await expect.poll(() => serverSummaries(server, created.id), { timeout: STATE_TIMEOUT }).toEqual(all);

  // The facilitator is still the facilitator after the restart (the key is checked again).
  await openPanel(a.page, 'step');
  await a.page.getByTestId('step-panel').locator('ol.steps').getByRole('button', { name: '2 Mind the gap' }).click();
  await expect(b.page.locator('header .step-chip')).toHaveText('2 Mind the gap', { timeout: STATE_TIMEOUT });

  // A newcomer after another restart gets everything from storage alone.
  await a.context.close();
  await b.context.close();
  await server.restart();
  const c = await newPerson(browser);
  await openBoard(c.page, server, created.id, 'Cat');
  await expect.poll(async () => (await readBoard(c.page)).comms.map((x) => x.summary).sort(), { timeout: STATE_TIMEOUT }).toEqual(all);
  await c.context.close();
});
