import { test as base, expect } from '@playwright/test';
import { startGapboardServer, type GapboardServer } from './gapboardServer';

/**
 * `server`: a fresh built Gapboard server per test (own port, own data directory), so specs
 * never share state and a spec may restart or kill its server.
 */
export const test = base.extend<{ server: GapboardServer }>({
  server: async ({}, use) => {
    const server = await startGapboardServer();
    await use(server);
    await server.dispose();
  },
});

export { expect };
