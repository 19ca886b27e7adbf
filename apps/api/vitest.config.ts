import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
    // Two files at once (vitest's default is one on a 2-core machine): most API tests wait on the
    // database rather than the CPU, and the isolation suite runs as one file per database.
    maxWorkers: 2,
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
