export { type DatabaseSuiteContext, describeEachDatabase, describeOnDatabase } from './describe-databases.ts';
export { loadSnapshot, migratedPgliteSnapshot } from './pglite-snapshot.ts';
export { TEST_DATABASE_URL_VARIABLE, testPostgresUrl } from './postgres-admin.ts';
export { createTestDatabase, type TestDatabase, testDatabaseKinds } from './test-database.ts';
