import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // A fresh PGlite folder takes 5–15 s to open and migrate (more when turbo runs every suite on 2 cores),
    // and a missing web build adds a vite build.
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
});
