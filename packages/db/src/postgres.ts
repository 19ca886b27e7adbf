import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseHandle } from './database.ts';
import * as schema from './schema/index.ts';

export interface PostgresOptions {
  /** Connections in the pool; on Workers keep it small, Hyperdrive pools for us. */
  max?: number;
  /** Hyperdrive and pgbouncer in transaction mode cannot use prepared statements across requests. */
  prepare?: boolean;
  /** drizzle's query logger (the bench records a request's statements with it) */
  logger?: Logger;
}

/**
 * Statements with more parameters than this stay unnamed: bulk inserts (thousands of parameters, a
 * different text for every chunk size) and long `IN (…)` lists rarely repeat, and each prepared one
 * would be kept, with its plan, on every connection that ran it.
 */
const MAX_PREPARED_PARAMETERS = 32;

/**
 * drizzle's postgres-js driver asks postgres.js for an unnamed statement on every query that was not
 * given a name (`prepare: name !== undefined`), so PostgreSQL parses and plans every statement of every
 * request again — measured here at ~270 µs a statement against ~20 µs to bind a prepared one, the
 * largest part of a read's time (docs/performance.md). This makes every query with few parameters, in
 * transactions and savepoints too, a prepared statement that postgres.js keeps per connection, as its
 * `prepare` option means. Plans stay correct under row-level security: PostgreSQL re-plans a cached statement when the
 * role it was planned for changes, and `current_setting('app.tenant_id')` is read at execution.
 */
function alwaysPrepared<T extends postgres.Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        const unsafe: postgres.Sql['unsafe'] = (query, parameters, options) =>
          target.unsafe(query, parameters, {
            ...options,
            prepare: (parameters?.length ?? 0) <= MAX_PREPARED_PARAMETERS,
          });
        return unsafe;
      }
      if (property === 'begin' || property === 'savepoint') {
        const method = Reflect.get(target, property, target) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const body = args.pop() as (tx: postgres.Sql) => unknown;
          return method.call(target, ...args, (tx: postgres.Sql) => body(alwaysPrepared(tx)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** Opens PostgreSQL through postgres.js: self-hosted Node, CI, and Workers via Hyperdrive. */
export function openPostgres(url: string, options: PostgresOptions = {}): DatabaseHandle {
  const sql = postgres(url, {
    max: options.max ?? 10,
    prepare: options.prepare ?? true,
    onnotice: () => {},
    connection: { application_name: 'steward' },
  });
  const prepare = options.prepare ?? true;
  const db = drizzle(prepare ? alwaysPrepared(sql) : sql, {
    schema,
    casing: 'snake_case',
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return { db, kind: 'postgres', close: () => sql.end({ timeout: 5 }) };
}
