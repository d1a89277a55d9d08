import { test, expect } from '../support/fixtures';
import { STATE_TIMEOUT, expectOnline, joinAs, openPanel } from '../support/board';

/**
 * One incident as Statuspage's public API returns it in `/api/v2/incidents.json` → `incidents[i]`:
 * updates newest first, local offsets with milliseconds, fields the import ignores.
 */
const incident = {
  id: 'k2v8h1x0q9lm',
  name: 'Delayed webhook deliveries',
  status: 'resolved',
  impact: 'minor',
  page_id: 'zt0m4w7c2dqp',
  shortlink: 'https://stspg.io/x7y8z9',
  created_at: '2026-02-11T05:09:31.204-08:00',
  updated_at: '2026-02-11T08:20:44.913-08:00',
  monitoring_at: '2026-02-11T08:01:00.000-08:00',
  resolved_at: '2026-02-11T08:20:44.900-08:00',
  started_at: '2026-02-11T05:02:00.000-08:00',
  components: [{ id: 'c0mp0n3nt001', name: 'Webhooks', status: 'operational' }],
  incident_updates: [
    {
      id: 'u5', status: 'resolved', body: 'This incident has been resolved.', incident_id: 'k2v8h1x0q9lm',
      created_at: '2026-02-11T08:20:44.900-08:00', updated_at: '2026-02-11T08:20:44.900-08:00', display_at: '2026-02-11T08:20:44.900-08:00',
      affected_components: [{ code: 'c0mp0n3nt001', name: 'Webhooks', old_status: 'degraded_performance', new_status: 'operational' }],
      deliver_notifications: true, custom_tweet: null, tweet_id: null,
    },
    {
      id: 'u4', status: 'monitoring', body: 'Deliveries are caught up; we are monitoring.', incident_id: 'k2v8h1x0q9lm',
      created_at: '2026-02-11T08:01:00.000-08:00', updated_at: '2026-02-11T08:01:00.000-08:00', display_at: '2026-02-11T08:01:00.000-08:00',
      affected_components: null, deliver_notifications: true, custom_tweet: null, tweet_id: null,
    },
    {
      id: 'u3', status: 'identified', body: 'A fix is rolling out region by region.', incident_id: 'k2v8h1x0q9lm',
      created_at: '2026-02-11T06:52:10.000-08:00', updated_at: '2026-02-11T06:52:10.000-08:00', display_at: '2026-02-11T06:52:10.000-08:00',
      affected_components: null, deliver_notifications: false, custom_tweet: null, tweet_id: null,
    },
    {
      // Back-dated by the responder: shown earlier than it was created.
      id: 'u2', status: 'identified', body: 'We found a stuck queue consumer.', incident_id: 'k2v8h1x0q9lm',
      created_at: '2026-02-11T06:31:02.000-08:00', updated_at: '2026-02-11T06:31:02.000-08:00', display_at: '2026-02-11T06:25:00.000-08:00',
      affected_components: null, deliver_notifications: true, custom_tweet: null, tweet_id: null,
    },
    {
      id: 'u1', status: 'investigating', body: 'Webhook deliveries are delayed by up to an hour.', incident_id: 'k2v8h1x0q9lm',
      created_at: '2026-02-11T05:09:31.204-08:00', updated_at: '2026-02-11T05:09:31.204-08:00', display_at: null,
      affected_components: [{ code: 'c0mp0n3nt001', name: 'Webhooks', old_status: 'operational', new_status: 'degraded_performance' }],
      deliver_notifications: true, custom_tweet: null, tweet_id: null,
    },
  ],
};

test('a Statuspage incident imported on the home page becomes a timeline with its gaps', async ({ page, server }) => {
  // The pages must work within their CSP, not against it: every violation is recorded.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${server.url}/?debug`);
  const panel = page.getByTestId('home-import-statuspage');
  await expect(panel).toBeVisible({ timeout: STATE_TIMEOUT });

  // A broken paste is refused with a message, and nothing is created.
  await panel.getByLabel('Paste JSON').fill('{"name": "Broken", "incident_updates": "not a list"}');
  await panel.getByRole('button', { name: 'Create board from incident' }).click();
  await expect(panel.getByRole('alert')).toContainText('incident_updates', { timeout: STATE_TIMEOUT });
  expect(new URL(page.url()).pathname).toBe('/');

  // Upload the incident as a .json file, as downloaded from the API.
  await panel.locator('input[type="file"]').setInputFiles({
    name: 'incident.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(incident, null, 2)),
  });
  await expect(panel.getByLabel('Paste JSON')).toHaveValue(/Delayed webhook deliveries/);
  await panel.getByRole('button', { name: 'Create board from incident' }).click();

  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+$/, { timeout: STATE_TIMEOUT });
  await joinAs(page, 'Importer');
  await expectOnline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delayed webhook deliveries');
  // Whoever imported it facilitates it.
  await expect(page.locator('.me .tag')).toHaveText('facilitator', { timeout: STATE_TIMEOUT });

  // One "Status page" channel, one comm per update, at display_at (else created_at).
  await openPanel(page, 'comms');
  await expect(page.getByLabel('Channel name: Status page')).toBeVisible();
  const rows = page.getByTestId('comm-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: 'We found a stuck queue consumer.' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'We found a stuck queue consumer.' }).locator('time')).toHaveAttribute('datetime', '2026-02-11T14:25:00.000Z');
  await expect(rows.filter({ hasText: 'Webhook deliveries are delayed' }).locator('time')).toHaveAttribute('datetime', '2026-02-11T13:09:31.204Z');

  // Started 13:02 UTC, updates 13:09:31, 14:25, 14:52:10, 16:01, resolved 16:20:44 (with an update).
  // Over the 30-minute target: 13:09:31 → 14:25 (75.5 min) and 14:52:10 → 16:01 (68.8 min).
  await openPanel(page, 'gaps');
  const gaps = page.getByTestId('gaps-list');
  await expect(gaps.getByTestId('gap-row')).toHaveCount(2);
  await expect(gaps.locator('[data-testid="gap-row"][data-rank="1"]')).toContainText('1 h 15 min');
  await expect(gaps.locator('[data-testid="gap-row"][data-rank="2"]')).toContainText('1 h 9 min');
  await expect(gaps.getByTestId('stat-first-update')).toHaveText('8 min');
  await expect(gaps.getByTestId('stat-longest')).toHaveText('1 h 15 min');
  await expect(page.getByTestId('tab-gaps')).toContainText('2');
  // Every interval, start to resolution.
  await expect(gaps.getByTestId('interval-row')).toHaveCount(5);

  // The timeline is drawn (the canvas is there and not empty).
  await expect(page.getByTestId('board-canvas').locator('canvas').first()).toBeVisible();

  // Home page and board page (one document: the app navigates without reloading) ran within the CSP.
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
