import { defineConfig } from '@playwright/test';

// Playwright empties its output folder when a run starts; give each run its own sub-folder so
// two runs at once (several people test on this machine) do not delete each other's traces.
// Workers inherit the variable, so they agree with the main process.
process.env.GAPBOARD_E2E_RUN ??= `run-${process.pid}`;

/**
 * End-to-end specs: Debian's Chromium (never a downloaded browser) against a real built
 * server that each spec starts on a free port with a fresh data directory (support/).
 */
export default defineConfig({
  testDir: './specs',
  // One consistent copy of the built client for the run: others rebuild client/dist meanwhile.
  globalSetup: './support/globalSetup.ts',
  // Failure traces and screenshots (git-ignored); stale runs' folders are removed by global setup.
  outputDir: `./test-results/${process.env.GAPBOARD_E2E_RUN}`,
  // Two browsers plus a server per spec already fill a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
    viewport: { width: 1400, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
