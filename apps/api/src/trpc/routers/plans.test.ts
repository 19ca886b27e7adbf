import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor } from '../../../test/fixtures.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedPlanWorld } from '../../../test/plans-fixtures.ts';

describeEachDatabase('plans procedures', (ctx) => {
  async function world() {
    const w = await seedPlanWorld(ctx.db);
    const clock = fixedClock('2026-10-09T01:00:00Z'); // Friday 09:00 in Shanghai
    const { app } = testApp(ctx, { clock });
    const as = async (user: { id: string }) =>
      trpcClient(app, { cookie: await cookieFor(ctx.db, user.id, w.tenant.id) });
    const admin = await as(w.admin);
    dataOf(await admin.mutation('plans.regenerate'));
    return { ...w, clock, as, admin };
  }

  it('regenerates idempotently and shows the supervisor today’s work in the tenant’s time zone', async () => {
    const w = await world();
    const again = dataOf(await w.admin.mutation('plans.regenerate'));
    expect(again).toMatchObject({ inserted: 0, from: '2026-10-09', to: '2026-11-30' });
    const sup = await w.as(w.supervisor);
    const today = dataOf(await sup.query('plans.today'));
    expect(today.today).toBe('2026-10-09');
    const patrols = today.plans.filter((p: any) => p.cadenceCode === 'SEC-CAD-DAILY');
    expect(patrols).toHaveLength(2);
    expect(patrols[0]).toMatchObject({
      contractCode: w.contract.code,
      vendorName: w.vendor.legalName,
      dueOn: '2026-10-09',
      liveStatus: 'due_soon',
      lineName: { zh: expect.any(String), en: expect.any(String) },
      assigneeUserId: w.supervisor.id,
    });
    expect(today.plans.every((p: any) => p.assigneeUserId === w.supervisor.id)).toBe(true);
    // Tomorrow (the 调休 Saturday) the Friday patrols are overdue before the job has even run.
    w.clock.set('2026-10-09T16:30:00Z');
    const next = dataOf(await sup.query('plans.today'));
    expect(next.today).toBe('2026-10-10');
    expect(
      next.plans.filter((p: any) => p.dueOn === '2026-10-09' && p.liveStatus === 'overdue'),
    ).toHaveLength(next.plans.filter((p: any) => p.dueOn === '2026-10-09').length);
    const overdue = dataOf(await w.admin.query('plans.overdue', { serviceLineId: 'security' }));
    expect(overdue.plans.length).toBeGreaterThanOrEqual(2);
    expect(overdue.plans.every((p: any) => p.serviceLineId === 'security')).toBe(true);
    // The job marks them missed; they stay on the overdue list, filtered by assignee.
    dataOf(await w.admin.mutation('plans.regenerate'));
    const missed = dataOf(await w.admin.query('plans.overdue', { assigneeUserId: w.supervisor.id }));
    expect(missed.plans.some((p: any) => p.status === 'missed')).toBe(true);
  });

  it('lists a week with filters and refuses a range that is reversed or too long', async () => {
    const w = await world();
    const week = dataOf(
      await w.admin.query('plans.list', { from: '2026-10-12', to: '2026-10-18', contractId: w.contract.id }),
    );
    expect(week.plans.length).toBeGreaterThan(0);
    expect(week.plans.every((p: any) => p.contractId === w.contract.id)).toBe(true);
    const bad = await w.admin.query('plans.list', { from: '2026-10-18', to: '2026-10-12' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors.to[0]).toMatch(/62/);
    expect((await w.admin.query('plans.list', { from: '2026-01-01', to: '2026-12-31' })).status).toBe(400);
  });

  it('keeps spot checks from the contractor and the general contractor, and shows the vendor its self-inspections', async () => {
    const w = await world();
    const range = { from: '2026-10-01', to: '2026-11-30' };
    const sup = dataOf(await (await w.as(w.supervisor)).query('plans.list', range));
    const spots = sup.plans.filter((p: any) => p.kind === 'spot');
    expect(spots.length).toBeGreaterThan(0);
    expect(spots[0].sampledItemCodes.length).toBeGreaterThan(0);
    const gc = dataOf(await (await w.as(w.gc)).query('plans.list', range));
    expect(gc.plans.length).toBeGreaterThan(0);
    expect(gc.plans.some((p: any) => p.kind === 'spot')).toBe(false);
    expect((await (await w.as(w.gc)).query('plans.get', { id: spots[0].id })).status).toBe(404);
    const contractor = await w.as(w.contractor);
    expect((await contractor.query('plans.list', range)).status).toBe(403);
    expect((await contractor.query('plans.get', { id: spots[0].id })).status).toBe(403);
    const own = dataOf(await contractor.query('plans.selfInspections'));
    expect(own.plans.length).toBeGreaterThan(0);
    expect(own.plans.every((p: any) => p.kind === 'self' && p.vendorId === w.vendor.id)).toBe(true);
    expect(JSON.stringify(own)).not.toContain('"spot"');
    expect((await (await w.as(w.liaison)).query('plans.today')).status).toBe(403);
  });

  it('reassigns and cancels open plans with an audit entry; refuses a non-inspector, a missing reason and a closed plan', async () => {
    const w = await world();
    const sup = await w.as(w.supervisor);
    const [plan] = dataOf(await sup.query('plans.today')).plans;
    const moved = await sup.mutation('plans.reassign', { id: plan.id, assigneeUserId: w.supervisor2.id });
    expect(dataOf(moved)).toEqual({ id: plan.id, assigneeUserId: w.supervisor2.id });
    const refused = await sup.mutation('plans.reassign', { id: plan.id, assigneeUserId: w.contractor.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.fieldErrors.assigneeUserId).toHaveLength(1);
    const noReason = await sup.mutation('plans.cancel', { id: plan.id, reason: '  ' });
    expect(noReason.status).toBe(400);
    dataOf(await sup.mutation('plans.cancel', { id: plan.id, reason: '大楼停电检修' }));
    expect((await sup.mutation('plans.cancel', { id: plan.id, reason: 'again' })).status).toBe(412);
    const leader = await w.as(w.leader);
    expect((await leader.mutation('plans.cancel', { id: plan.id, reason: 'x' })).status).toBe(403);
    const audit = await ctx.db
      .select({ action: schema.auditLog.action, after: schema.auditLog.after })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.tenantId, w.tenant.id), eq(schema.auditLog.entityId, plan.id)));
    expect(audit.map((a) => a.action)).toEqual(['plans.reassign', 'plans.cancel']);
    expect(audit[1]!.after).toMatchObject({ status: 'cancelled', reason: '大楼停电检修' });
    // A spot check is never handed to the general contractor (a vendor), who could warn the others.
    const range = { from: '2026-10-01', to: '2026-10-31', kind: 'spot' };
    const spot = dataOf(await sup.query('plans.list', range)).plans.find((p: any) => p.status === 'planned');
    expect((await sup.mutation('plans.reassign', { id: spot.id, assigneeUserId: w.gc.id })).status).toBe(400);
    dataOf(await sup.mutation('plans.reassign', { id: spot.id, assigneeUserId: w.leader.id }));
    const names = dataOf(await sup.query('plans.assignees')).map((a: any) => a.userId);
    expect(names).toContain(w.supervisor2.id);
    expect(names).not.toContain(w.contractor.id);
  });
});
