import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startGapboardServer, type GapboardServer } from '../support/gapboardServer';

/** Debian's Chromium as the benches run it (no network chatter, no GPU). */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    headless: true,
  });
}

/** What a before/after bench works with: a server per client build, one browser. */
export interface AbRig {
  servers: Record<'before' | 'after', GapboardServer>;
  browser: Browser;
}

/**
 * Runs `bench` with two Gapboard servers, one serving each client build (`STATIC_DIR`), and one
 * headless Chromium, so both builds are measured in one run under the same machine load; stops
 * them all afterwards, also when the bench fails.
 */
export async function withAbRig<T>(dirs: Record<'before' | 'after', string>, env: Record<string, string>, bench: (rig: AbRig) => Promise<T>): Promise<T> {
  const servers = {
    // Resolved here: the server wants an absolute STATIC_DIR, the command line may give a relative one.
    before: await startGapboardServer({ STATIC_DIR: resolve(dirs.before), ...env }),
    after: await startGapboardServer({ STATIC_DIR: resolve(dirs.after), ...env }),
  };
  const browser = await launchBenchChromium();
  try {
    return await bench({ servers, browser });
  } finally {
    await browser.close();
    await servers.before.dispose();
    await servers.after.dispose();
  }
}
