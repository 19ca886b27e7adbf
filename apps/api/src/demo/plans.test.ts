import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { runScheduledJobs } from '../services/plans/job.ts';
import { seedDemoIfEmpty } from './index.ts';

describeEachDatabase('demo inspection plans', (ctx) => {
  it('gives the demo agency plans from last month to next, and the first job run marks the past ones missed', async () => {
    const quiet = createLogger({ write: () => {} });
    const now = new Date('2026-10-09T01:00:00Z');
    await seedDemoIfEmpty({ db: ctx.db, logger: quiet, now });
    const [tenant] = await ctx.db.select().from(schema.tenants);
    const plans = () =>
      ctx.db.select().from(schema.inspectionPlans).where(eq(schema.inspectionPlans.tenantId, tenant!.id));
    const seeded = await plans();
    expect(seeded.length).toBeGreaterThan(100);
    expect(seeded.some((p) => p.periodStart < '2026-10-01')).toBe(true);
    expect(new Set(seeded.map((p) => p.kind))).toEqual(
      new Set(['patrol', 'joint', 'leadership', 'spot', 'self', 'external']),
    );
    expect(seeded.filter((p) => p.kind === 'patrol').every((p) => p.assigneeUserId !== null)).toBe(true);
    const run = await runScheduledJobs(ctx.db, now, quiet);
    expect(run.failed).toBe(0);
    expect(run.inserted).toBe(0); // the demo already covers the horizon
    expect(run.withdrawn).toBe(0);
    expect(run.missed).toBeGreaterThan(0);
    // The job's time for the demo tenant, for the record in the test output.
    console.log(`[${ctx.kind}] demo tenant: ${seeded.length} plans; job run ${run.ms} ms`);
  }, 180_000);
});
