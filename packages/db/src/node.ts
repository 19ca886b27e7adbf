// Node-only parts of the database package: the embedded driver and the migrators read the file system.

export { migratePglite, migratePostgres, migrationsFolder } from './migrate.ts';
export { openPglite, type PgliteOptions } from './pglite.ts';
