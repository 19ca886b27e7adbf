import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import './provided-context.ts';
import type { DatabaseHandle, DatabaseKind } from '../database.ts';
import { openPglite } from '../pglite.ts';
import { openPostgres } from '../postgres.ts';
import { loadSnapshot } from './pglite-snapshot.ts';
import { testPostgresUrl, urlForDatabase, withAdmin } from './postgres-admin.ts';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  readonly handle: DatabaseHandle;
  /** Connection URL (PostgreSQL only), for code that opens its own connections. */
  readonly url: string | null;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/** The databases every database suite runs on: PGlite always, PostgreSQL when configured. */
export function testDatabaseKinds(): DatabaseKind[] {
  return testPostgresUrl() ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, fully migrated database of the given kind, private to the caller. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openPglite({ loadDataDir: loadSnapshot(inject('stewardPgliteSnapshot')) });
    return { kind, handle, url: null, dispose: () => handle.close() };
  }
  const adminUrl = testPostgresUrl();
  const template = inject('stewardPostgresTemplate');
  if (!adminUrl || !template)
    throw new Error('PostgreSQL tests need STEWARD_TEST_DATABASE_URL and the global set-up');
  const name = `steward_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (sql) => sql.unsafe(`create database ${name} template ${template}`));
  const url = urlForDatabase(adminUrl, name);
  const handle = openPostgres(url, { max: 4 });
  return {
    kind,
    handle,
    url,
    async dispose() {
      await handle.close();
      await withAdmin(adminUrl, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}
