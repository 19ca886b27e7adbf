import { type Database, type MigrationStatus, migrationStatus } from '@steward/db';
import { z } from 'zod';
import { router } from '../init.ts';
import { publicProcedure } from '../procedures.ts';

const systemInfo = z.object({
  name: z.string(),
  version: z.string(),
  runtime: z.enum(['node', 'workers']),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    migrationsApplied: z.number().int(),
    migrationsExpected: z.number().int(),
    upToDate: z.boolean(),
  }),
  serverTime: z.string(),
});

export type SystemInfo = z.infer<typeof systemInfo>;

// Migrations only move forward while a process runs: once this build's are all applied the answer stays,
// so the shell's most frequent call stops costing a database round trip (docs/performance.md).
const settled = new WeakMap<Database, MigrationStatus>();

async function statusOf(db: Database): Promise<MigrationStatus> {
  const known = settled.get(db);
  if (known) return known;
  const status = await migrationStatus(db);
  if (status.upToDate) settled.set(db, status);
  return status;
}

export const systemRouter = router({
  /** What the web shell shows about the server it talks to. Public: it reveals nothing about tenants. */
  // The output is built from the server's own values, typed by `systemInfo`; not validated again at
  // run time (the most frequent call's only zod work; docs/performance.md).
  info: publicProcedure.query(async ({ ctx }): Promise<SystemInfo> => {
    const migrations = await statusOf(ctx.db);
    return {
      name: 'Steward',
      version: ctx.config.version,
      runtime: ctx.config.runtime,
      database: {
        kind: ctx.dbKind,
        migrationsApplied: migrations.applied,
        migrationsExpected: migrations.expected,
        upToDate: migrations.upToDate,
      },
      serverTime: ctx.clock.now().toISOString(),
    };
  }),
});
