import { fileURLToPath } from 'node:url';

/** The repository root: wrangler runs from here so `-c infra/wrangler.jsonc` means what the README says. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const wranglerBin = fileURLToPath(new URL('../../../node_modules/.bin/wrangler', import.meta.url));
export const wranglerConfig = 'infra/wrangler.jsonc';

/** Offline, quiet wrangler: no metrics, no request to Cloudflare for the `cf` object, no colours. */
export function wranglerEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}
