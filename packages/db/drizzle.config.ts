import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL from the schema; applying it is `src/migrate.ts`'s job.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
});
