import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { test, expect } from '../support/fixtures';
import { createBoardViaApi, newPerson, openBoard, readBoard } from '../support/board';

const START = Date.parse('2026-06-01T00:00:00.000Z');
const HOURS = 24;
const MINUTE = 60_000;

/** A day-long incident with many comms on four channels and a sticky far below the timeline. */
function bigBoardFile() {
  const channels = [
    { id: 'status', name: 'Status page' },
    { id: 'social', name: 'Twitter/X' },
    { id: 'desk', name: 'Service desk' },
    { id: 'email', name: 'Email' },
  ];
  const comms: Array<{ id: string; channelId: string; at: string; sender: string; summary: string }> = [];
  for (let minute = 5; minute < HOURS * 60; minute += 20) {
    // A six-hour silence in the night: the big gap.
    if (minute > 5 * 60 && minute < 11 * 60) continue;
    const i: number = comms.length;
    comms.push({
      id: `m${i}`,
      channelId: channels[i % channels.length]?.id ?? 'status',
      at: new Date(START + minute * MINUTE).toISOString(),
      sender: i % 3 === 0 ? 'Support' : 'Comms lead',
      summary: `Update ${i}: still working on the database failover`,
    });
  }
  return {
    format: 'gapboard/v1',
    title: 'Database failover, all day',
    incident: { startedAt: new Date(START).toISOString(), resolvedAt: new Date(START + HOURS * 60 * MINUTE).toISOString(), customerImpact: 'Timeouts everywhere', timeZone: 'UTC' },
    cadenceMinutes: 30,
    channels,
    comms,
    stickies: [
      { id: 's1', kind: 'issue', text: 'Six hours without a word overnight', x: 700, y: 1400, category: 'no-owner', rootCause: 'No night-time comms owner' },
      { id: 's2', kind: 'note', text: 'Far right', x: 2700, y: 1200 },
    ],
    actions: [{ id: 'a1', text: 'Name a comms owner per on-call shift', owner: 'Head of support', due: '2026-07-01' }],
    annotations: [],
  };
}

/** Share of pixels that are not (nearly) white in a region, 0..1. */
function inkShare(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  let total = 0;
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(png.width, x1); x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b, a] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0];
      total += 1;
      if (a > 0 && (r < 240 || g < 240 || b < 240)) ink += 1;
    }
  }
  return total === 0 ? 0 : ink / total;
}

test('Export PNG downloads the whole board at 2×, larger than the viewport, not blank', async ({ browser, server }) => {
  const file = bigBoardFile();
  const created = await createBoardViaApi(server, file);
  const a = await newPerson(browser);
  await openBoard(a.page, server, created.id, 'Fay', { key: created.facilitatorKey });
  await expect.poll(async () => (await readBoard(a.page)).comms.length).toBe(file.comms.length);

  const canvasBox = await a.page.getByTestId('board-canvas').boundingBox();
  if (!canvasBox) throw new Error('the board canvas has no size');
  const viewport = a.page.viewportSize() ?? { width: 0, height: 0 };

  const downloading = a.page.waitForEvent('download', { timeout: 60_000 });
  await a.page.getByTestId('export-png').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const path = await download.path();
  const bytes = await readFile(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const png = PNG.sync.read(bytes);
  await expect(a.page.getByTestId('export-png')).toHaveText('Export PNG');
  await expect(a.page.getByRole('alert')).toHaveCount(0);

  // The whole day, not the viewport: at least 2 world px per minute, times the 2× pixel ratio.
  expect(png.width).toBeGreaterThanOrEqual(2 * 2 * HOURS * 60);
  // The sticky 1400 px below the timeline is in the picture too (its bottom edge and more).
  expect(png.height).toBeGreaterThanOrEqual(2 * 1400);
  // An integer-sized stage rendered at 2×.
  expect(png.width % 2).toBe(0);
  expect(png.height % 2).toBe(0);
  expect(png.width).toBeGreaterThan(2 * viewport.width);
  expect(png.height).toBeGreaterThan(2 * viewport.height);
  expect(png.width).toBeGreaterThan(2 * canvasBox.width);

  // Not blank, and drawn across the whole picture: left, right and bottom all carry ink.
  expect(inkShare(png, 0, 0, png.width, png.height)).toBeGreaterThan(0.01);
  expect(inkShare(png, 0, 0, Math.floor(png.width / 4), png.height)).toBeGreaterThan(0.001);
  expect(inkShare(png, Math.floor((png.width * 3) / 4), 0, png.width, png.height)).toBeGreaterThan(0.001);
  expect(inkShare(png, 0, Math.floor((png.height * 3) / 4), png.width, png.height)).toBeGreaterThan(0.001);
  // The background is white, as a printed review document wants: the corner is white.
  expect(inkShare(png, 0, 0, 8, 8)).toBe(0);

  // A second export works the same, and the page keeps only one export's timings (a meeting may
  // export many times; the timeline must not grow with each).
  const exportTimings = () => a.page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('gapboard:export-')).length);
  const afterOne = await exportTimings();
  expect(afterOne).toBeGreaterThan(0);
  const again = a.page.waitForEvent('download', { timeout: 60_000 });
  await a.page.getByTestId('export-png').click();
  expect(PNG.sync.read(await readFile(await (await again).path())).width).toBe(png.width);
  expect(await exportTimings()).toBe(afterOne);

  await a.context.close();
});
