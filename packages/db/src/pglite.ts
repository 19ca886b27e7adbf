import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { DatabaseHandle } from './database.ts';
import * as schema from './schema/index.ts';

export interface PgliteOptions {
  /** A folder for the data; omitted means in memory. */
  dataDir?: string;
  /** A snapshot made by `dumpDataDir()`, to start from an already migrated database (tests). */
  loadDataDir?: Blob | File;
}

/** Opens the embedded database: real PostgreSQL compiled to WASM, no server needed. Node only. */
export async function openPglite(options: PgliteOptions = {}): Promise<DatabaseHandle & { client: PGlite }> {
  // PGlite does not create parent folders itself.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzle(client, { schema, casing: 'snake_case' });
  return { db, kind: 'pglite', client, close: () => client.close() };
}
