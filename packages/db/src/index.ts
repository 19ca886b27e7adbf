export * from './audit/index.ts';
export type { Database, DatabaseHandle, DatabaseKind, Schema } from './database.ts';
export { type MigrationStatus, migrationStatus } from './migration-status.ts';
export { openPostgres, type PostgresOptions } from './postgres.ts';
export { ALLOWED_SECURITY_DEFINER_FUNCTIONS, appRoleProblems } from './role-safety.ts';
export { queryRows } from './rows.ts';
export * as schema from './schema/index.ts';
export {
  APP_ROLE,
  asPlatform,
  asUser,
  inTenant,
  setAppTenantFilterDisabledForTests,
  type TenantScope,
  tenantFilter,
} from './tenancy.ts';
