export type { Database, DatabaseHandle, DatabaseKind, Schema } from './database.ts';
export { type MigrationStatus, migrationStatus } from './migration-status.ts';
export { openPostgres, type PostgresOptions } from './postgres.ts';
export { queryRows } from './rows.ts';
export * as schema from './schema/index.ts';
