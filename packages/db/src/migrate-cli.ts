import { migratePostgres } from './migrate.ts';

// `npm run db:migrate`: applies the committed migrations to DATABASE_URL.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. The embedded database migrates itself when `npm start` runs.');
  process.exit(2);
}
await migratePostgres(url);
console.log('migrations applied');
