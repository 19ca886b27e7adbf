import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // wrangler dev needs 3–10 s to start (more when turbo runs every suite at once on 2 cores).
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
