import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseHandle } from './database.ts';
import * as schema from './schema/index.ts';

export interface PostgresOptions {
  /** Connections in the pool; on Workers keep it small, Hyperdrive pools for us. */
  max?: number;
  /** Hyperdrive and pgbouncer in transaction mode cannot use prepared statements across requests. */
  prepare?: boolean;
}

/** Opens PostgreSQL through postgres.js: self-hosted Node, CI, and Workers via Hyperdrive. */
export function openPostgres(url: string, options: PostgresOptions = {}): DatabaseHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    prepare: options.prepare ?? true,
    onnotice: () => {},
    connection: { application_name: 'steward' },
  });
  const db = drizzle(sql, { schema, casing: 'snake_case' });
  return { db, kind: 'postgres', close: () => sql.end({ timeout: 5 }) };
}
