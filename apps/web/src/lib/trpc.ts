import type { AppRouter } from '@steward/api/router';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { locale } from '../i18n/locale.ts';

/**
 * The one API client. The router is imported as a type only, so no server code reaches the bundle; the API is
 * on the same origin (the Node server, a Worker, or Vite's proxy in development).
 */
export const api = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      // The server refuses batches above its MAX_BATCH_SIZE (20); stay under it.
      maxItems: 10,
      // Sent with every call so server messages (errors included) come back in the UI's language.
      headers: () => ({ 'x-steward-locale': locale() }),
    }),
  ],
});
