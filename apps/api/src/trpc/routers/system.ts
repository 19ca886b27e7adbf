import { migrationStatus } from '@steward/db';
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

export const systemRouter = router({
  /** What the web shell shows about the server it talks to. Public: it reveals nothing about tenants. */
  info: publicProcedure.output(systemInfo).query(async ({ ctx }) => {
    const migrations = await migrationStatus(ctx.db);
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
