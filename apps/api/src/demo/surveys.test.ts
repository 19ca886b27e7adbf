import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../test/client.ts';
import { cookieFor, seedTenant } from '../../test/fixtures.ts';
import { testApp } from '../../test/harness.ts';
import { seedDemoSurveys } from './surveys.ts';
import { seedDemoVendors } from './vendors.ts';

describeEachDatabase('demo surveys', (ctx) => {
  it('four closed quarters with responses for all five contracts, the canteen below target for the last two, and an open round', async () => {
    const mail = (r: string) => `${r}-${ctx.kind}@demo-surveys.example`;
    const roles = [
      'admin',
      'supervisor',
      'contractor',
      'general_contractor',
      'recipient',
      'liaison',
    ] as const;
    const { tenant, users } = await seedTenant(
      ctx.db,
      '示范单位',
      roles.map((r) => ({ email: mail(r), roles: [r] })),
    );
    const people = Object.fromEntries(roles.map((r) => [r, users[mail(r)]!.id]));
    const now = new Date('2026-03-02T01:00:00Z');
    await inTenant(ctx.db, { tenantId: tenant.id, userId: null }, async (tx) => {
      const sites = await tx
        .insert(schema.sites)
        .values([{ tenantId: tenant.id, code: 'JG', name: '机关大楼' }])
        .returning();
      await seedDemoVendors(tx, { tenantId: tenant.id, people, sites, now });
      await seedDemoSurveys(tx, { tenantId: tenant.id, now });
    });
    const { app } = testApp(ctx);
    const sup = trpcClient(app, {
      cookie: await cookieFor(ctx.db, users[mail('supervisor')]!.id, tenant.id),
    });
    const rounds = dataOf(await sup.query('surveys.rounds.list'));
    expect(rounds.map((r: any) => [r.period, r.status])).toEqual([
      ['2026-Q1', 'open'],
      ['2025-Q4', 'closed'],
      ['2025-Q3', 'closed'],
      ['2025-Q2', 'closed'],
      ['2025-Q1', 'closed'],
    ]);
    expect(rounds[0].invited).toBe(2);
    const latest = dataOf(await sup.query('surveys.results', { roundId: rounds[1].id }));
    expect(latest.byContract).toHaveLength(5);
    for (const c of latest.byContract) {
      expect(c.responses, c.contractCode).toBeGreaterThan(30);
      expect(c.belowTarget, c.contractCode).toBe(c.contractCode.includes('-CY-'));
    }
    const catering = latest.byContract.find((c: any) => c.contractCode.includes('-CY-'));
    const trend = latest.trend.map(
      (p: any) => p.contracts.find((c: any) => c.contractId === catering.contractId).rateBp,
    );
    expect(trend).toHaveLength(4);
    expect(trend.map((bp: number) => bp < catering.targetBp)).toEqual([false, false, true, true]);
  });
});
