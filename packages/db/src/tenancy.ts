import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from './database.ts';

/** The role every request's queries run as; see migrations/0002_row_level_security.sql. */
export const APP_ROLE = 'steward_app';

/** Who a transaction acts for. The tenant always comes from a verified session or grant, never from input. */
export interface TenantScope {
  tenantId: string;
  userId: string | null;
}

async function runAs<T>(
  db: Database,
  settings: { tenantId?: string; userId?: string | null; platform?: boolean },
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    // Transaction-local settings (set_config(..., true)) survive pooled connections in transaction mode.
    // The connecting user may be a superuser (PGlite always is), which skips RLS even when forced: the
    // last one, set_config('role', …, true), is SET LOCAL ROLE, in the same round trip (every request
    // runs two of these transactions; see docs/performance.md).
    await tx.execute(sql`select
      set_config('app.tenant_id', ${settings.tenantId ?? ''}, true),
      set_config('app.user_id', ${settings.userId ?? ''}, true),
      set_config('app.platform', ${settings.platform ? 'on' : ''}, true),
      set_config('role', ${APP_ROLE}, true)`);
    return fn(tx as unknown as Database);
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
