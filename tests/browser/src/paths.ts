import { fileURLToPath } from 'node:url';

/** The repository root: the server is started from here exactly as `npm start` would. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const webDir = fileURLToPath(new URL('../../../apps/web/', import.meta.url));
