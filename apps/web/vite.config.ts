import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

// The Node server (apps/api) serves dist/ and the API on one origin; in development Vite proxies to it.
const api = process.env.STEWARD_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [solid()],
  server: {
    proxy: {
      '/trpc': api,
      '/api': api,
      '/health': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
