import type { DatabaseHandle } from '@steward/db';
import { createLogger } from '../logger.ts';
import { readNodeServerConfig } from '../node/config.ts';
import { openNodeDatabase } from '../node/open-database.ts';

/**
 * The same database `npm start` uses: DATABASE_URL, or the embedded folder. The embedded database is a
 * single-process store: stop the server before running commands against it.
 */
export async function openCliDatabase(): Promise<DatabaseHandle> {
  const config = readNodeServerConfig();
  return openNodeDatabase(config, createLogger({ level: 'warn' }));
}
