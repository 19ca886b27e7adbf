import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    // Starting a file's server (and seeding the demo for the one file that uses it) takes seconds, more
    // when turbo runs every suite on 2 cores; a missing web build adds a vite build.
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
});
