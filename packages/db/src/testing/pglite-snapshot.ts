import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migratePglite } from '../migrate.ts';
import { openPglite } from '../pglite.ts';
import { migrationsHash } from './migrations-hash.ts';

const cacheDir = fileURLToPath(new URL('../../../../node_modules/.cache/steward', import.meta.url));

/**
 * Returns the path of a gzipped PGlite data folder with every migration applied, building it once per
 * migration set. Migrating a fresh PGlite takes seconds; loading this snapshot takes about one.
 */
export async function migratedPgliteSnapshot(): Promise<string> {
  const file = join(cacheDir, `pglite-${migrationsHash()}.tar.gz`);
  if (existsSync(file)) return file;
  const handle = await openPglite();
  try {
    await migratePglite(handle);
    const dump = await handle.client.dumpDataDir('gzip');
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, new Uint8Array(await dump.arrayBuffer()));
    renameSync(temporary, file); // atomic: a parallel builder never sees half a file
  } finally {
    await handle.close();
  }
  return file;
}

export function loadSnapshot(file: string): Blob {
  return new Blob([readFileSync(file)]);
}
