import { afterAll, beforeAll, describe } from 'vitest';
import type { Database, DatabaseKind } from '../database.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from './test-database.ts';

export interface DatabaseSuiteContext {
  readonly kind: DatabaseKind;
  /** The suite's database; valid inside tests and hooks. */
  readonly db: Database;
  readonly testDatabase: TestDatabase;
}

/**
 * Declares the same suite once per test database, named `[pglite]` and `[postgres]` so the CI summary
 * can count what ran where. Each suite gets its own freshly migrated database.
 */
export function describeEachDatabase(name: string, body: (ctx: DatabaseSuiteContext) => void): void {
  for (const kind of testDatabaseKinds()) describeDatabase(kind, name, body);
}

/**
 * The same suite on one database only, when that database is tested here: a long suite split into one
 * file per database runs on both at once (vitest runs files, not suites, in parallel).
 */
export function describeOnDatabase(
  kind: DatabaseKind,
  name: string,
  body: (ctx: DatabaseSuiteContext) => void,
): void {
  if (testDatabaseKinds().includes(kind)) describeDatabase(kind, name, body);
}

function describeDatabase(kind: DatabaseKind, name: string, body: (ctx: DatabaseSuiteContext) => void) {
  describe(`[${kind}] ${name}`, () => {
    let current: TestDatabase | undefined;
    const ctx: DatabaseSuiteContext = {
      kind,
      get db() {
        if (!current) throw new Error('the test database is only available inside tests and hooks');
        return current.handle.db;
      },
      get testDatabase() {
        if (!current) throw new Error('the test database is only available inside tests and hooks');
        return current;
      },
    };
    beforeAll(async () => {
      current = await createTestDatabase(kind);
    }, 60_000);
    afterAll(async () => {
      await current?.dispose();
    }, 60_000);
    body(ctx);
  });
}
