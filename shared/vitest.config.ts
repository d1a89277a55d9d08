import { defineProject } from 'vitest/config';

// Property-based tests run hundreds of cases; on a loaded 2-core machine they need more than 5 s.
export default defineProject({ test: { name: 'shared', include: ['src/**/*.test.ts'], testTimeout: 30_000 } });
