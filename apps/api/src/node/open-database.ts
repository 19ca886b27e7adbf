import { join } from 'node:path';
import { type DatabaseHandle, openPostgres } from '@steward/db';
import { migratePglite, migratePostgres, openPglite } from '@steward/db/node';
import type { Logger } from '../logger.ts';
import type { NodeServerConfig } from './config.ts';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite folder; migrated when configured to. */
export async function openNodeDatabase(config: NodeServerConfig, logger: Logger): Promise<DatabaseHandle> {
  const started = performance.now();
  if (config.databaseUrl) {
    if (config.migrateOnStart) await migratePostgres(config.databaseUrl);
    const handle = openPostgres(config.databaseUrl, { prepare: config.preparedStatements });
    logger.info('database ready', { kind: 'postgres', ms: Math.round(performance.now() - started) });
    return handle;
  }
  const dataDir = join(config.dataDir, 'pglite');
  const handle = await openPglite({ dataDir });
  await migratePglite(handle);
  logger.info('database ready', { kind: 'pglite', dataDir, ms: Math.round(performance.now() - started) });
  return handle;
}
