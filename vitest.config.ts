import { defineConfig } from 'vitest/config';

// One vitest run covers the unit and integration tests of every package; e2e runs under Playwright.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'client'],
  },
});
