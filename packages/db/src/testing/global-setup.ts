import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { migratePostgres } from '../migrate.ts';
import './provided-context.ts';
import { migratedPgliteSnapshot } from './pglite-snapshot.ts';
import { testPostgresUrl, urlForDatabase, withAdmin } from './postgres-admin.ts';

/**
 * Vitest global set-up for every package with database suites: builds the migrated PGlite snapshot
 * and, when a test PostgreSQL is configured, one migrated template database that each suite clones.
 * The template is dropped when the run ends, so nothing is left behind.
 */
export default async function setup(project: TestProject) {
  project.provide('stewardPgliteSnapshot', await migratedPgliteSnapshot());
  const adminUrl = testPostgresUrl();
  if (!adminUrl) {
    project.provide('stewardPostgresTemplate', null);
    return;
  }
  const template = `steward_tpl_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (sql) => sql.unsafe(`create database ${template}`)).catch((error: unknown) => {
    throw new Error(`Cannot reach the test PostgreSQL at ${adminUrl}: ${String(error)}`);
  });
  await migratePostgres(urlForDatabase(adminUrl, template));
  project.provide('stewardPostgresTemplate', template);
  return async () => {
    await withAdmin(adminUrl, (sql) => sql.unsafe(`drop database if exists ${template} with (force)`));
  };
}
