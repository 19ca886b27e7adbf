import { query } from '@solidjs/router';
import { api } from '../../lib/trpc.ts';

/** `system.info`, cached and deduplicated by the router; `revalidate(getSystemInfo.key)` refetches. */
export const getSystemInfo = query(() => api.system.info.query(), 'system.info');

export type SystemInfo = Awaited<ReturnType<typeof api.system.info.query>>;
