import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['../../packages/db/src/testing/global-setup.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
