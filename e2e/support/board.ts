import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { GapboardServer } from './gapboardServer';

/** Waits on states, never on time; generous because the machine is shared and slow. */
export const STATE_TIMEOUT = 30_000;

/** What a spec reads from the client's `window.__gapboard` hook (enabled by `?debug`). */
export interface BoardSnapshot {
  title: string;
  channels: Array<{ id: string; name: string }>;
  comms: Array<{ id: string; channelId: string; at: number; sender: string; summary: string }>;
  stickies: Array<{ id: string; text: string }>;
  annotations: Array<{ id: string; points: number[] }>;
  gaps: Array<{ rank: number; minutes: number }>;
  remoteInk: Array<{ strokeId: string; points: number[] }>;
  role: string;
  readOnly: boolean;
  meetingStatus: string;
  /** The canvas view: pan (screen px) and zoom. */
  viewport: { x: number; y: number; scale: number } | null;
}

interface HookShape {
  board: {
    meta: { title: string };
    channels: BoardSnapshot['channels'];
    comms: BoardSnapshot['comms'];
    stickies: BoardSnapshot['stickies'];
    annotations: BoardSnapshot['annotations'];
  };
  analysis: { gaps: BoardSnapshot['gaps'] };
  remoteInk: BoardSnapshot['remoteInk'];
  role: string;
  readOnly: boolean;
  meetingStatus: string;
  viewport: BoardSnapshot['viewport'];
  doc: { getMap(name: string): { set(key: string, value: unknown): void } };
}

export interface CreatedBoard {
  id: string;
  facilitatorKey: string;
}

/** Creates a board through the HTTP API (the specs about the home page use the UI instead). */
export async function createBoardViaApi(server: GapboardServer, boardFile: object = {}): Promise<CreatedBoard> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(boardFile),
  });
  if (res.status !== 201) throw new Error(`creating a board failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedBoard;
}

/** A board file with an incident window (UTC) and nothing else, to be filled through the UI. */
export function emptyIncidentFile(title: string, startIso: string, endIso: string, cadenceMinutes = 30): object {
  return {
    format: 'gapboard/v1',
    title,
    incident: { startedAt: startIso, resolvedAt: endIso, customerImpact: '', timeZone: 'UTC' },
    cadenceMinutes,
    channels: [],
    comms: [],
    stickies: [],
    actions: [],
    annotations: [],
  };
}

/**
 * Answers the name prompt: the one an editor's fresh browser profile sees on its first board
 * ("Join the board"), or the one a viewer opens from the top bar ("Save name").
 */
export async function joinAs(page: Page, name: string, button: 'Join the board' | 'Save name' = 'Join the board'): Promise<void> {
  const prompt = page.getByTestId('name-prompt');
  await expect(prompt).toBeVisible({ timeout: STATE_TIMEOUT });
  await prompt.getByLabel('Display name').fill(name);
  await prompt.getByRole('button', { name: button }).click();
  await expect(prompt).toBeHidden({ timeout: STATE_TIMEOUT });
}

/** The connection badge says the document is synced with the server. */
export async function expectOnline(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'online', { timeout: STATE_TIMEOUT });
}

/** Both the document (badge online) and the meeting (socket.io joined) are connected. */
export async function expectConnected(page: Page): Promise<void> {
  await expectOnline(page);
  await expect.poll(() => readBoard(page).then((b) => b.meetingStatus), { timeout: STATE_TIMEOUT }).toBe('joined');
}

/**
 * Opens a board in `page` (with the test hook on). With `key` the page is the facilitator's:
 * the key rides in the fragment, as right after creation. With `viewToken` it is a viewer's,
 * who is not asked for a name but gives `name` through the top bar's offer.
 */
export async function openBoard(
  page: Page,
  server: GapboardServer,
  boardId: string,
  name: string,
  opts: { key?: string; viewToken?: string } = {},
): Promise<void> {
  const search = new URLSearchParams({ debug: '1' });
  if (opts.viewToken) search.set('view', opts.viewToken);
  const hash = opts.key ? `#key=${encodeURIComponent(opts.key)}` : '';
  await page.goto(`${server.url}/b/${encodeURIComponent(boardId)}?${search.toString()}${hash}`);
  if (opts.viewToken) {
    await expectConnected(page);
    await page.getByRole('button', { name: /^Set your name/ }).click();
  }
  await joinAs(page, name, opts.viewToken ? 'Save name' : 'Join the board');
  await expectConnected(page);
}

/** A fresh browser profile (own storage, own IndexedDB): one person. */
export async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page };
}

/** The board as this page's client sees it, through the test hook. */
export async function readBoard(page: Page): Promise<BoardSnapshot> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __gapboard?: HookShape }).__gapboard;
    if (!hook) throw new Error('window.__gapboard is missing: open the board with ?debug');
    const { board, analysis } = hook;
    return {
      title: board.meta.title,
      channels: board.channels.map((c) => ({ id: c.id, name: c.name })),
      comms: board.comms.map((c) => ({ id: c.id, channelId: c.channelId, at: c.at, sender: c.sender, summary: c.summary })),
      stickies: board.stickies.map((s) => ({ id: s.id, text: s.text })),
      annotations: board.annotations.map((a) => ({ id: a.id, points: [...a.points] })),
      gaps: analysis.gaps.map((g) => ({ rank: g.rank, minutes: g.minutes })),
      remoteInk: hook.remoteInk.map((s) => ({ strokeId: s.strokeId, points: [...s.points] })),
      role: hook.role,
      readOnly: hook.readOnly,
      meetingStatus: hook.meetingStatus,
      viewport: hook.viewport,
    };
  });
}

/** Opens a side panel tab. */
export async function openPanel(page: Page, tab: 'step' | 'prep' | 'comms' | 'gaps' | 'rootcauses' | 'plan'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}

/** Adds a channel through the Comms panel (which must be open). */
export async function addChannel(page: Page, name: string): Promise<void> {
  await page.getByLabel('New channel name').fill(name);
  await page.getByTestId('add-channel').click();
  await expect(page.getByLabel(`Channel name: ${name}`)).toBeVisible({ timeout: STATE_TIMEOUT });
}

/** Adds a comm through the Comms panel: `at` is `YYYY-MM-DDTHH:mm` in the board's zone. */
export async function addComm(page: Page, comm: { at: string; channel: string; sender: string; summary: string }): Promise<void> {
  await page.getByTestId('add-comm').click();
  const editor = page.getByTestId('comm-editor');
  await editor.getByLabel(/^Sent at/).fill(comm.at);
  await editor.getByLabel('Channel').selectOption({ label: comm.channel });
  await editor.getByLabel('Sender').fill(comm.sender);
  await editor.getByLabel('Message').fill(comm.summary);
  await editor.getByTestId('save-comm').click();
  await expect(editor).toBeHidden({ timeout: STATE_TIMEOUT });
  await expect(page.getByTestId('comm-row').filter({ hasText: comm.summary })).toHaveCount(1, { timeout: STATE_TIMEOUT });
}

/** A PNG screenshot of the board canvas element, to compare what is drawn before and after. */
export async function canvasShot(page: Page): Promise<Buffer> {
  return page.getByTestId('board-canvas').screenshot({ animations: 'disabled' });
}

/**
 * Creates a board from `boardFile` and opens it for two people, each in their own browser
 * profile with the comms panel open: Ana as facilitator (`a`), Ben as participant (`b`).
 */
export async function openCommsPair(
  browser: Browser,
  server: GapboardServer,
  boardFile: object,
): Promise<{ created: CreatedBoard; a: { context: BrowserContext; page: Page }; b: { context: BrowserContext; page: Page } }> {
  const created = await createBoardViaApi(server, boardFile);
  const a = await newPerson(browser);
  const b = await newPerson(browser);
  await openBoard(a.page, server, created.id, 'Ana', { key: created.facilitatorKey });
  await openBoard(b.page, server, created.id, 'Ben');
  await openPanel(a.page, 'comms');
  await openPanel(b.page, 'comms');
  return { created, a, b };
}
