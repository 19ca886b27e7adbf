import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;

/**
 * The one database type the rest of Steward sees. Both drivers (PGlite and postgres.js) produce a
 * `PgDatabase`, so code above this package never knows which one it has.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: DatabaseKind;
  /** Releases the connection(s); the handle is unusable afterwards. */
  close(): Promise<void>;
}
