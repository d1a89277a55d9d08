import type { Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { meetingErrorSchema, type MeetingError } from '@gapboard/shared';
import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, createBoardViaApi, emptyIncidentFile, newPerson, openBoard, openPanel } from '../support/board';

/** The countdown in the top bar, in seconds (null before the timer starts). */
async function topTimerSeconds(page: Page): Promise<number | null> {
  const text = (await page.locator('header').getByTestId('timer').locator('[aria-hidden="true"]').textContent()) ?? '';
  const m = /^(\d+):(\d\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const stepChip = (page: Page) => page.locator('header .step-chip');

/** The top bar timer's phase: idle, ready, running, paused or done. */
const topTimerPhase = (page: Page) => page.locator('header').getByTestId('timer').getAttribute('data-phase');

test('the facilitator runs steps and timer, a participant follows and cannot drive them', async ({ browser, server }) => {
  const created = await createBoardViaApi(
    server,
    emptyIncidentFile('Search degraded', '2026-04-02T14:00:00.000Z', '2026-04-02T17:30:00.000Z'),
  );
  const a = await newPerson(browser);
  const b = await newPerson(browser);
  await openBoard(a.page, server, created.id, 'Fay', { key: created.facilitatorKey });
  await openBoard(b.page, server, created.id, 'Pat');

  // Each sees the other in the roster, with their role.
  for (const page of [a.page, b.page]) {
    await expect(page.getByRole('listitem', { name: /^Fay \(facilitator/ })).toBeVisible({ timeout: STATE_TIMEOUT });
    await expect(page.getByRole('listitem', { name: /^Pat \(participant/ })).toBeVisible({ timeout: STATE_TIMEOUT });
  }

  // Steps: A clicks through the play; B's step chip and panel follow.
  await openPanel(a.page, 'step');
  const steps = a.page.getByTestId('step-panel').locator('ol.steps');
  await steps.getByRole('button', { name: '1 Set the stage' }).click();
  await expect(stepChip(b.page)).toHaveText('1 Set the stage', { timeout: STATE_TIMEOUT });
  await expect(b.page.getByTestId('tab-comms')).toHaveAttribute('aria-selected', 'true', { timeout: STATE_TIMEOUT });

  await steps.getByRole('button', { name: '2 Mind the gap' }).click();
  await expect(stepChip(b.page)).toHaveText('2 Mind the gap', { timeout: STATE_TIMEOUT });
  await expect(b.page.getByTestId('tab-gaps')).toHaveAttribute('aria-selected', 'true', { timeout: STATE_TIMEOUT });

  await steps.getByRole('button', { name: '3 Assessment' }).click();
  await expect(stepChip(b.page)).toHaveText('3 Assessment', { timeout: STATE_TIMEOUT });
  const bStepPanel = b.page.getByTestId('step-panel');
  await expect(bStepPanel).toBeVisible({ timeout: STATE_TIMEOUT });
  await expect(bStepPanel.locator('li[aria-current="step"]')).toContainText('3 Assessment');
  await expect(bStepPanel.getByText('How would you have felt as a customer?')).toBeVisible();

  // A participant has no step or timer controls.
  await expect(bStepPanel.locator('ol.steps').getByRole('button')).toHaveCount(0);
  await expect(b.page.getByTestId('timer-start')).toHaveCount(0);
  await expect(b.page.getByTestId('timer-pause')).toHaveCount(0);
  await expect(b.page.getByTestId('mint-read-link')).toHaveCount(0);

  // Moving to a step set the timer to that step's 15 minutes, stopped and ready to start.
  for (const page of [a.page, b.page]) {
    await expect.poll(() => topTimerPhase(page), { timeout: STATE_TIMEOUT }).toBe('ready');
    expect(await topTimerSeconds(page)).toBe(15 * 60);
    await expect(page.locator('header').getByTestId('timer')).toContainText('15 minutes, ready to start');
  }

  // Timer: A starts the step's 15 minutes; B sees it count down.
  await expect(a.page.getByTestId('timer-start')).toHaveText('Start 15 min');
  await a.page.getByTestId('timer-start').click();
  await expect.poll(() => topTimerSeconds(b.page), { timeout: STATE_TIMEOUT }).toBeGreaterThan(14 * 60);
  const first = (await topTimerSeconds(b.page)) ?? 0;
  // Up to 15:00, give or take the client's clock-offset estimate (one-way delay, not RTT, on a busy machine).
  expect(first).toBeLessThanOrEqual(15 * 60 + 60);
  await expect.poll(() => topTimerSeconds(b.page), { timeout: STATE_TIMEOUT }).toBeLessThan(first);

  // Pause: both show it paused, and it stops moving.
  await a.page.getByTestId('timer-pause').click();
  for (const page of [a.page, b.page]) {
    await expect(page.locator('header').getByTestId('timer')).toContainText('paused', { timeout: STATE_TIMEOUT });
  }
  const paused = await topTimerSeconds(b.page);
  expect(paused).not.toBeNull();

  // +2 min while paused: exactly two more minutes for everyone.
  await a.page.getByTestId('timer-extend').click();
  await expect.poll(() => topTimerSeconds(b.page), { timeout: STATE_TIMEOUT }).toBe((paused ?? 0) + 120);
  await expect.poll(() => topTimerSeconds(a.page), { timeout: STATE_TIMEOUT }).toBe((paused ?? 0) + 120);

  // A participant's direct attempt to drive the timer (bypassing the UI) is refused.
  const intruder = io(server.url, { path: '/socket.io', transports: ['websocket'], forceNew: true });
  try {
    const joined = await new Promise<{ ok: boolean; role?: string }>((resolve, reject) => {
      intruder.once('connect_error', reject);
      intruder.emit('join', { boardId: created.id, name: 'Mallory', color: '#123456' }, resolve);
    });
    expect(joined).toMatchObject({ ok: true, role: 'participant' });
    const refused = new Promise<MeetingError>((resolve) =>
      intruder.on('error', (raw: unknown) => {
        const parsed = meetingErrorSchema.safeParse(raw);
        if (parsed.success && parsed.data.event === 'command') resolve(parsed.data);
      }),
    );
    intruder.emit('command', { type: 'timer-resume' });
    intruder.emit('command', { type: 'set-step', step: 'plan' });
    expect((await refused).code).toBe('forbidden');
    // The facilitator's state stands: still paused, still step 3. A later facilitator command
    // (+2 min more) is processed after the refused ones, so its effect proves they were seen.
    await a.page.getByTestId('timer-extend').click();
    await expect.poll(() => topTimerSeconds(b.page), { timeout: STATE_TIMEOUT }).toBe((paused ?? 0) + 240);
    for (const page of [a.page, b.page]) {
      await expect(page.locator('header').getByTestId('timer')).toContainText('paused');
      expect(await topTimerSeconds(page)).toBe((paused ?? 0) + 240);
      await expect(stepChip(page)).toHaveText('3 Assessment');
    }
  } finally {
    intruder.disconnect();
  }

  // Resume: it runs again for both.
  await a.page.getByTestId('timer-resume').click();
  for (const page of [a.page, b.page]) {
    await expect(page.locator('header').getByTestId('timer')).not.toContainText('paused', { timeout: STATE_TIMEOUT });
    await expect.poll(() => topTimerSeconds(page), { timeout: STATE_TIMEOUT }).toBeLessThan((paused ?? 0) + 240);
  }

  // While it runs, the main button pauses; starting over is a secondary button that asks first.
  const timerBox = a.page.getByTestId('step-panel').locator('.timer-box');
  await expect(timerBox.getByRole('button').first()).toHaveText('Pause');
  await expect(a.page.getByTestId('timer-start')).toHaveCount(0);
  await a.page.getByTestId('timer-restart').click();
  await expect(timerBox).toContainText('Restart at 15:00 for everyone?');
  await a.page.getByTestId('timer-restart-cancel').click();
  await expect(a.page.getByTestId('timer-pause')).toBeVisible();
  expect(await topTimerSeconds(b.page)).toBeGreaterThan(15 * 60 + 60);
  await a.page.getByTestId('timer-restart').click();
  await a.page.getByTestId('timer-restart-confirm').click();
  for (const page of [a.page, b.page]) {
    await expect.poll(() => topTimerSeconds(page), { timeout: STATE_TIMEOUT }).toBeLessThanOrEqual(15 * 60 + 60);
    expect(await topTimerPhase(page)).toBe('running');
  }

  // Another step while the countdown runs: it keeps counting (a misclick must not wipe the
  // group's time), and the facilitator is told whose time it is.
  await a.page.getByTestId('step-panel').locator('ol.steps').getByRole('button', { name: '4 Root causes' }).click();
  await expect(stepChip(b.page)).toHaveText('4 Root causes', { timeout: STATE_TIMEOUT });
  for (const page of [a.page, b.page]) {
    expect(await topTimerPhase(page)).toBe('running');
    expect(await topTimerSeconds(page)).toBeLessThanOrEqual(15 * 60 + 60);
  }
  await expect(a.page.getByTestId('timer-kept')).toContainText('Still counting from 3 Assessment');
  // Timing the new step is a deliberate restart (which asks).
  await a.page.getByTestId('timer-restart').click();
  await a.page.getByTestId('timer-restart-confirm').click();
  await expect(a.page.getByTestId('timer-kept')).toHaveCount(0, { timeout: STATE_TIMEOUT });
  await expect.poll(() => topTimerPhase(b.page), { timeout: STATE_TIMEOUT }).toBe('running');
  await a.page.getByTestId('timer-pause').click();
  await expect.poll(() => topTimerPhase(b.page), { timeout: STATE_TIMEOUT }).toBe('paused');

  // B stops following: the step still shows, but B's panel stays where B put it.
  await openPanel(b.page, 'step');
  await b.page.getByTestId('follow-toggle').uncheck();
  await a.page.getByTestId('step-panel').locator('ol.steps').getByRole('button', { name: '5 Plan' }).click();
  await expect(stepChip(b.page)).toHaveText('5 Plan', { timeout: STATE_TIMEOUT });
  await expect(b.page.getByTestId('tab-step')).toHaveAttribute('aria-selected', 'true');
  // The paused countdown came along too.
  expect(await topTimerPhase(b.page)).toBe('paused');

  await a.context.close();
  await b.context.close();
});

test('a participant typing in a panel keeps the panel and the words when the facilitator moves to the next step', async ({ browser, server }) => {
  const file = {
    ...(emptyIncidentFile('Search degraded', '2026-04-02T14:00:00.000Z', '2026-04-02T17:30:00.000Z') as Record<string, unknown>),
    stickies: [{ id: 's1', kind: 'issue', text: 'No update for two hours', x: 0, y: 300 }],
  };
  const created = await createBoardViaApi(server, file);
  const a = await newPerson(browser);
  const b = await newPerson(browser);
  await openBoard(a.page, server, created.id, 'Fay', { key: created.facilitatorKey });
  await openBoard(b.page, server, created.id, 'Pat');

  await openPanel(a.page, 'step');
  const steps = a.page.getByTestId('step-panel').locator('ol.steps');
  await steps.getByRole('button', { name: '4 Root causes' }).click();
  await expect(b.page.getByTestId('tab-rootcauses')).toHaveAttribute('aria-selected', 'true', { timeout: STATE_TIMEOUT });

  // Pat is still typing (the field has the focus, nothing saved yet) when Fay moves on: Pat's
  // panel stays, with a note of where the group went.
  const words = 'Nobody owned the status page';
  const field = b.page.getByTestId('issue-row').getByLabel('Root cause');
  await field.fill(words);
  await steps.getByRole('button', { name: '5 Plan' }).click();
  await expect(b.page.getByTestId('step-moved')).toContainText('The facilitator moved to 5 Plan', { timeout: STATE_TIMEOUT });
  await expect(b.page.getByTestId('tab-rootcauses')).toHaveAttribute('aria-selected', 'true');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(words);
  // "Go there": the field saves as it loses focus, and the plan opens.
  await b.page.getByTestId('step-moved').getByRole('button', { name: 'Go there' }).click();
  await expect(b.page.getByTestId('tab-plan')).toHaveAttribute('aria-selected', 'true');

  const stored = async () => {
    const res = await fetch(`${server.url}/api/boards/${created.id}/export.json`);
    return ((await res.json()) as { stickies: Array<{ rootCause?: string }> }).stickies[0]?.rootCause;
  };
  await expect.poll(stored, { timeout: STATE_TIMEOUT }).toBe(words);

  await a.context.close();
  await b.context.close();
});
