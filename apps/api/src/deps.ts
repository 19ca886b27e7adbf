import type { Database, DatabaseKind } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import type { BlobStore } from './blob/blob-store.ts';
import type { Logger } from './logger.ts';
import type { BulletinDocument } from './services/bulletins/workbook.ts';

/** Time comes from here only, so tests and the scoring rules can fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface AppConfig {
  /** Build version reported by /health and system.info. */
  version: string;
  /** Which runtime entry built the app: shown in /health, used for runtime-specific defaults. */
  runtime: 'node' | 'workers';
  /** Where users reach the web app; links in invitations and resets point here. */
  publicOrigin: string;
  /** Origins besides the request's own that may send state-changing requests (CSRF defence). */
  allowedOrigins: readonly string[];
  /** Plain-http deployments off localhost only: session cookie without Secure / __Host- (warned at start). */
  insecureHttpCookies: boolean;
}

/** Everything the app needs from its host; the two entry files differ only in how they build this. */
export interface AppDeps {
  db: Database;
  dbKind: DatabaseKind;
  blobs: BlobStore;
  clock: Clock;
  config: AppConfig;
  logger: Logger;
  /** Installed service-line plugins; defaults to the host's registry (plugins.ts), built once per process. */
  plugins?: PluginRegistry;
  /** Renders a monthly bulletin as PDF (issue 7); the Node server has it, Workers do not (font size). */
  bulletinPdf?: (doc: BulletinDocument) => Promise<Uint8Array>;
}

export function defaultAppConfig(
  overrides: Partial<AppConfig> & Pick<AppConfig, 'version' | 'runtime'>,
): AppConfig {
  return {
    publicOrigin: 'http://localhost:3000',
    allowedOrigins: [],
    insecureHttpCookies: false,
    ...overrides,
  };
}
