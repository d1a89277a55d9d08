import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, canvasShot, createBoardViaApi, expectConnected, newPerson, openBoard, readBoard } from '../support/board';

/** Two comms with a long silence between them: the gap the facilitator circles. */
const boardWithGap = {
  format: 'gapboard/v1',
  title: 'Payments delayed',
  incident: { startedAt: '2026-05-20T08:00:00.000Z', resolvedAt: '2026-05-20T11:00:00.000Z', customerImpact: 'Card payments hung', timeZone: 'UTC' },
  cadenceMinutes: 30,
  channels: [{ id: 'status', name: 'Status page' }],
  comms: [
    { id: 'm1', channelId: 'status', at: '2026-05-20T08:10:00.000Z', sender: 'Ops', summary: 'Investigating' },
    { id: 'm2', channelId: 'status', at: '2026-05-20T10:40:00.000Z', sender: 'Ops', summary: 'Fix deployed' },
  ],
  stickies: [],
  actions: [],
  annotations: [],
};

test('a freehand circle is seen live while drawn, stored on release and kept after a reload', async ({ browser, server }) => {
  const created = await createBoardViaApi(server, boardWithGap);
  const a = await newPerson(browser);
  const b = await newPerson(browser);
  await openBoard(a.page, server, created.id, 'Fay', { key: created.facilitatorKey });
  await openBoard(b.page, server, created.id, 'Pat');
  expect((await readBoard(b.page)).annotations).toHaveLength(0);
  // A participant has no pen: circles are the facilitator's.
  await expect(b.page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Pen' })).toHaveCount(0);

  const beforeB = await canvasShot(b.page);

  await a.page.getByRole('toolbar', { name: 'Canvas tools' }).getByRole('button', { name: 'Pen' }).click();
  const box = await a.page.getByTestId('board-canvas').boundingBox();
  if (!box) throw new Error('the board canvas has no size');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const rx = Math.min(220, box.width / 3);
  const ry = Math.min(90, box.height / 4);
  const at = (t: number) => ({ x: cx + rx * Math.cos(t), y: cy + ry * Math.sin(t) });

  const start = at(0);
  await a.page.mouse.move(start.x, start.y);
  await a.page.mouse.down();
  // First half of the ellipse, then check B sees the stroke while the button is still down.
  const steps = 48;
  for (let i = 1; i <= steps / 2; i++) {
    const p = at((2 * Math.PI * i) / steps);
    await a.page.mouse.move(p.x, p.y);
  }
  await expect
    .poll(async () => (await readBoard(b.page)).remoteInk.reduce((n, s) => n + s.points.length, 0), { timeout: STATE_TIMEOUT })
    .toBeGreaterThanOrEqual(8);
  const halfway = (await readBoard(b.page)).remoteInk[0]?.points.length ?? 0;
  await expect.poll(async () => (await canvasShot(b.page)).equals(beforeB), { timeout: STATE_TIMEOUT }).toBe(false);
  // Nothing is stored yet: the stroke in progress is ephemeral.
  expect((await readBoard(b.page)).annotations).toHaveLength(0);

  // Second half: the live stroke grows on B's screen.
  for (let i = steps / 2 + 1; i <= steps + 2; i++) {
    const p = at((2 * Math.PI * i) / steps);
    await a.page.mouse.move(p.x, p.y);
  }
  await expect
    .poll(async () => (await readBoard(b.page)).remoteInk[0]?.points.length ?? 0, { timeout: STATE_TIMEOUT })
    .toBeGreaterThan(halfway);
  await a.page.mouse.up();

  // On release: one stored annotation for both, and no more live stroke on B.
  for (const page of [a.page, b.page]) {
    await expect.poll(async () => (await readBoard(page)).annotations.length, { timeout: STATE_TIMEOUT }).toBe(1);
  }
  await expect.poll(async () => (await readBoard(b.page)).remoteInk.length, { timeout: STATE_TIMEOUT }).toBe(0);
  const stored = (await readBoard(b.page)).annotations[0];
  expect(stored?.points.length ?? 0).toBeGreaterThanOrEqual(2 * 20);
  const shownAfterRelease = await canvasShot(b.page);
  expect(shownAfterRelease.equals(beforeB)).toBe(false);

  // It survives a reload.
  await b.page.reload();
  await expectConnected(b.page);
  await expect.poll(async () => (await readBoard(b.page)).annotations.map((x) => x.id), { timeout: STATE_TIMEOUT }).toEqual([stored?.id]);
  expect((await readBoard(b.page)).annotations[0]?.points).toEqual(stored?.points);

  // And a third person (fresh profile, nothing cached) gets it from the server.
  const c = await newPerson(browser);
  await openBoard(c.page, server, created.id, 'Late Lou');
  await expect.poll(async () => (await readBoard(c.page)).annotations.length, { timeout: STATE_TIMEOUT }).toBe(1);

  await a.context.close();
  await b.context.close();
  await c.context.close();
});
