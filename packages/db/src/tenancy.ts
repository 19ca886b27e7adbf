import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from './database.ts';

/** The role every request's queries run as; see migrations/0002_row_level_security.sql. */
export const APP_ROLE = 'steward_app';

/** Who a transaction acts for. The tenant always comes from a verified session or grant, never from input. */
export interface TenantScope {
  tenantId: string;
  userId: string | null;
}

/** The settings statement: the scope as transaction-local settings, then SET LOCAL ROLE. */
const SETTINGS_SQL = `select
      set_config('app.tenant_id', $1, true),
      set_config('app.user_id', $2, true),
      set_config('app.platform', $3, true),
      set_config('role', $4, true)`;

interface PipelineClient {
  unsafe(
    query: string,
    parameters: unknown[],
    options: { prepare: boolean },
  ): { execute(): Promise<unknown> };
}

/**
 * The postgres.js client under a drizzle transaction (drizzle keeps it as `session.client`), or null
 * on PGlite, whose queries run one after another in the same process anyway.
 */
export function pipelineClientOf(tx: unknown): PipelineClient | null {
  const client = (tx as { session?: { client?: Partial<PipelineClient> } }).session?.client;
  return typeof client?.unsafe === 'function' ? (client as PipelineClient) : null;
}

async function runAs<T>(
  db: Database,
  settings: { tenantId?: string; userId?: string | null; platform?: boolean },
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    // Transaction-local settings (set_config(..., true)) survive pooled connections in transaction mode.
    // The connecting user may be a superuser (PGlite always is), which skips RLS even when forced: the
    // last one, set_config('role', …, true), is SET LOCAL ROLE, in the same statement.
    const parameters = [
      settings.tenantId ?? '',
      settings.userId ?? '',
      settings.platform ? 'on' : '',
      APP_ROLE,
    ];
    const client = pipelineClientOf(tx);
    if (!client) {
      await tx.execute(sql`select
      set_config('app.tenant_id', ${parameters[0]}, true),
      set_config('app.user_id', ${parameters[1]}, true),
      set_config('app.platform', ${parameters[2]}, true),
      set_config('role', ${parameters[3]}, true)`);
      return fn(tx as unknown as Database);
    }
    // PostgreSQL: the settings go out now and `fn`'s first statements follow on the same connection
    // without waiting for their answer (one round trip fewer per transaction, two per request;
    // docs/performance.md). The order is certain: postgres.js hands a query to its connection one
    // microtask after `execute()`, and a drizzle query reaches postgres.js only after awaiting it, so
    // every statement of `fn` is written after the settings and runs under them. Should the settings
    // fail, the transaction is aborted and every later statement fails with it.
    const applied = client.unsafe(SETTINGS_SQL, parameters, { prepare: true }).execute();
    const [, result] = await Promise.all([applied, fn(tx as unknown as Database)]);
    return result;
  });
}

/** Runs `fn` in one transaction as the application role inside one tenant: both walls apply. */
export function inTenant<T>(db: Database, scope: TenantScope, fn: (tx: Database) => Promise<T>): Promise<T> {
  return runAs(db, { tenantId: scope.tenantId, userId: scope.userId }, fn);
}

/** Identity work outside any tenant (sign-in, sessions): tenant tables show only the user's own memberships. */
export function asUser<T>(db: Database, userId: string | null, fn: (tx: Database) => Promise<T>): Promise<T> {
  return runAs(db, { userId }, fn);
}

/**
 * The platform operator's provisioning: may create tenants and list them, nothing else. Tenant data
 * stays invisible, because every other policy still requires `app.tenant_id`.
 */
export function asPlatform<T>(
  db: Database,
  userId: string | null,
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  return runAs(db, { userId, platform: true }, fn);
}

let appFilterDisabled = false;

/**
 * The first wall: every query on a tenant table adds this condition. Tests can switch it off to prove
 * that row-level security alone still isolates tenants; nothing else may.
 */
export function tenantFilter(column: Column, tenantId: string): SQL {
  return appFilterDisabled ? sql`true` : eq(column, tenantId);
}

/** Test hook for the isolation suite's second pass. */
export function setAppTenantFilterDisabledForTests(disabled: boolean): void {
  appFilterDisabled = disabled;
}
