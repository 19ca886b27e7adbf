import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { seedPlanWorld } from '../../../test/plans-fixtures.ts';
import { createLogger } from '../../logger.ts';
import { installedPlugins } from '../../plugins.ts';
import { generatePlansForTenant } from './generate.ts';
import { runScheduledJobs, runTenantPlanning } from './job.ts';

const registry = installedPlugins();
const quiet = createLogger({ write: () => {} });

describeEachDatabase('inspection plan generation', (ctx) => {
  const plansOf = (tenantId: string) =>
    ctx.db.select().from(schema.inspectionPlans).where(eq(schema.inspectionPlans.tenantId, tenantId));

  it('plans daily patrols on working days only: none on National Day, one on the 调休 Saturday and Sunday', async () => {
    const world = await seedPlanWorld(ctx.db);
    const result = await inTenant(ctx.db, { tenantId: world.tenant.id, userId: null }, (tx) =>
      generatePlansForTenant(tx, world.tenant.id, {
        now: new Date('2026-09-01T01:00:00Z'),
        registry,
        from: '2026-09-01',
        to: '2026-10-31',
      }),
    );
    expect(result.inserted).toBe(result.planned);
    const plans = await plansOf(world.tenant.id);
    const patrolDays = plans
      .filter((p) => p.cadenceCode === 'SEC-CAD-DAILY' && p.siteId === world.site1.id)
      .map((p) => p.periodStart)
      .sort();
    for (const holiday of ['2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-07'])
      expect(patrolDays).not.toContain(holiday);
    expect(patrolDays).toContain('2026-09-20'); // Sunday, 调休 working day
    expect(patrolDays).toContain('2026-10-10'); // Saturday, 调休 working day
    expect(patrolDays).not.toContain('2026-10-11'); // an ordinary Sunday
    expect(patrolDays.filter((d) => d.startsWith('2026-10'))).toHaveLength(18);
    // Every patrol is due the day it is planned, at each site, assigned to the line's supervisor.
    const patrols = plans.filter((p) => p.cadenceCode === 'SEC-CAD-DAILY');
    expect(patrols.every((p) => p.dueOn === p.periodStart && p.assigneeUserId === world.supervisor.id)).toBe(
      true,
    );
    expect(new Set(patrols.map((p) => p.siteId))).toEqual(new Set([world.site1.id, world.site2.id]));
    // The monthly assessment: first to last working day of October, warned 5 working days ahead.
    const monthly = plans.find(
      (p) => p.cadenceCode === 'SEC-CAD-MONTHLY' && p.periodStart.startsWith('2026-10'),
    );
    expect(monthly).toMatchObject({ kind: 'joint', periodStart: '2026-10-08', dueOn: '2026-10-30' });
    // Weekly joint inspections and the semi-annual leadership assessment come from the cadences too.
    expect(plans.some((p) => p.cadenceCode === 'SEC-CAD-WEEKLY' && p.kind === 'joint')).toBe(true);
    expect(plans.find((p) => p.cadenceCode === 'SEC-CAD-SEMIANNUAL')).toMatchObject({
      kind: 'leadership',
      periodStart: '2026-07-01',
      dueOn: '2026-12-31',
    });
    // Catering at site 1 goes to that site's supervisor, at site 2 to the line's.
    const cateringPatrol = (siteId: string) =>
      plans.find((p) => p.cadenceCode === 'CAT-CAD-DAILY' && p.siteId === siteId)?.assigneeUserId;
    expect(cateringPatrol(world.site1.id)).toBe(world.supervisor.id);
    expect(cateringPatrol(world.site2.id)).toBe(world.supervisor2.id);
    // Self-inspections are the vendor's: nobody of the agency is assigned.
    expect(plans.filter((p) => p.kind === 'self').every((p) => p.assigneeUserId === null)).toBe(true);
    // Block inspections of the vendor as a whole, with the cross-line checklist.
    const block = plans.filter((p) => p.scope === 'vendor');
    expect(block.map((p) => p.cadenceCode)).toEqual(
      expect.arrayContaining(['vc.cad.monthly-joint', 'vc.cad.monthly-self']),
    );
    expect(block.every((p) => p.serviceLineId === null && p.pluginId === 'vendor-compliance')).toBe(true);
    expect(block.find((p) => p.kind === 'joint')?.assigneeUserId).toBe(world.supervisor.id);
    // Unannounced spot checks: sampled items, on a working day.
    const spots = plans.filter((p) => p.kind === 'spot' && p.cadenceCode === null);
    expect(spots.length).toBeGreaterThan(0);
    expect(spots.every((p) => (p.sampledItemCodes?.length ?? 0) > 0)).toBe(true);
  });

  it('running the scheduled job twice adds nothing the second time', async () => {
    const world = await seedPlanWorld(ctx.db);
    const now = new Date('2026-10-09T02:00:00Z');
    const first = await runScheduledJobs(ctx.db, now, quiet, registry);
    const mine = first.perTenant.find((r) => r.tenantId === world.tenant.id)!;
    expect(mine.inserted).toBeGreaterThan(0);
    const count = (await plansOf(world.tenant.id)).length;
    expect(count).toBe(mine.inserted);
    const second = await runScheduledJobs(ctx.db, now, quiet, registry);
    expect(second.perTenant.find((r) => r.tenantId === world.tenant.id)).toMatchObject({
      inserted: 0,
      missed: 0,
    });
    expect(await plansOf(world.tenant.id)).toHaveLength(count);
    // The horizon runs from today to the end of next month; nothing due before today was created.
    const plans = await plansOf(world.tenant.id);
    expect(plans.filter((p) => p.dueOn < '2026-10-09')).toEqual([]);
    // (a spot check of the week starting 30 November may fall on an unannounced day in December)
    expect(plans.filter((p) => p.periodStart > '2026-12-06')).toEqual([]);
    const audit = await ctx.db
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.tenantId, world.tenant.id));
    // Only the run that changed something is in the audit chain.
    expect(audit.filter((a) => a.action === 'plans.schedule')).toHaveLength(1);
  });

  it('a cadence the tenant disabled in its overlay generates nothing; a changed one follows the overlay', async () => {
    const world = await seedPlanWorld(ctx.db, {
      overlays: {
        security: [
          { op: 'disable-cadence', cadence: 'SEC-CAD-DAILY' },
          { op: 'set-cadence', cadence: 'SEC-CAD-WEEKLY', every: { unit: 'week', count: 2 } },
        ],
      },
    });
    await inTenant(ctx.db, { tenantId: world.tenant.id, userId: null }, (tx) =>
      generatePlansForTenant(tx, world.tenant.id, {
        now: new Date('2026-10-01T00:00:00Z'),
        registry,
        from: '2026-10-01',
        to: '2026-10-31',
      }),
    );
    const plans = await plansOf(world.tenant.id);
    expect(plans.filter((p) => p.cadenceCode === 'SEC-CAD-DAILY')).toHaveLength(0);
    expect(plans.filter((p) => p.cadenceCode === 'CAT-CAD-DAILY').length).toBeGreaterThan(0);
    const weekly = plans.filter((p) => p.cadenceCode === 'SEC-CAD-WEEKLY').map((p) => p.periodStart);
    expect(weekly.length).toBeLessThanOrEqual(3);
  });

  it('withdraws the future plans of a cadence disabled after they were generated; today’s stays', async () => {
    const world = await seedPlanWorld(ctx.db, { lines: ['security'] });
    const now = new Date('2026-10-09T02:00:00Z'); // Friday 10:00 in Shanghai
    await runTenantPlanning(ctx.db, world.tenant.id, now, registry);
    await ctx.db
      .update(schema.tenantServiceLines)
      .set({ overlayOperations: [{ op: 'disable-cadence', cadence: 'SEC-CAD-DAILY' }] })
      .where(eq(schema.tenantServiceLines.tenantId, world.tenant.id));
    const run = await runTenantPlanning(ctx.db, world.tenant.id, now, registry);
    const patrols = (await plansOf(world.tenant.id)).filter((p) => p.cadenceCode === 'SEC-CAD-DAILY');
    expect(run.withdrawn).toBe(patrols.filter((p) => p.periodStart > '2026-10-09').length);
    expect(run.withdrawn).toBeGreaterThan(20);
    for (const p of patrols) expect(p.status).toBe(p.periodStart > '2026-10-09' ? 'cancelled' : 'planned');
    expect((await runTenantPlanning(ctx.db, world.tenant.id, now, registry)).withdrawn).toBe(0);
  });

  it('marks a plan missed the day after its due date (tenant time zone), not on the day', async () => {
    const world = await seedPlanWorld(ctx.db, { lines: ['security'] });
    await inTenant(ctx.db, { tenantId: world.tenant.id, userId: null }, (tx) =>
      generatePlansForTenant(tx, world.tenant.id, {
        now: new Date('2026-10-09T00:00:00Z'),
        registry,
        from: '2026-10-09',
        to: '2026-10-09',
      }),
    );
    const patrol = and(
      eq(schema.inspectionPlans.tenantId, world.tenant.id),
      eq(schema.inspectionPlans.cadenceCode, 'SEC-CAD-DAILY'),
      eq(schema.inspectionPlans.dueOn, '2026-10-09'),
    );
    const statuses = async () =>
      (await ctx.db.select().from(schema.inspectionPlans).where(patrol)).map((p) => p.status);
    expect(await statuses()).toEqual(['planned', 'planned']);
    // 23:59:59 in Shanghai on the due day: still open.
    await runTenantPlanning(ctx.db, world.tenant.id, new Date('2026-10-09T15:59:59Z'), registry);
    expect(await statuses()).toEqual(['planned', 'planned']);
    // Midnight in Shanghai: the next day has begun, the patrols were missed.
    const run = await runTenantPlanning(ctx.db, world.tenant.id, new Date('2026-10-09T16:00:00Z'), registry);
    expect(await statuses()).toEqual(['missed', 'missed']);
    expect(run.missed).toBeGreaterThanOrEqual(2);
  });
});
