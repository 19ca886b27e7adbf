import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../test/client.ts';
import { cookieFor, seedTenant } from '../../test/fixtures.ts';
import { fixedClock, testApp } from '../../test/harness.ts';
import { seedDemoComplaints } from './complaints.ts';
import { seedDemoVendors } from './vendors.ts';

describeEachDatabase('demo complaints and joint meeting', (ctx) => {
  it('has complaints in every state across the four channels, and a held meeting with minutes and actions', async () => {
    const mail = (r: string) => `${r}-${ctx.kind}@demo-complaints.example`;
    const roles = ['admin', 'supervisor', 'contractor', 'general_contractor', 'liaison'] as const;
    const { tenant, users } = await seedTenant(
      ctx.db,
      '示范单位',
      roles.map((r) => ({ email: mail(r), roles: [r] })),
    );
    const people = Object.fromEntries(roles.map((r) => [r, users[mail(r)]!.id]));
    const now = new Date('2026-03-11T06:00:00Z');
    await inTenant(ctx.db, { tenantId: tenant.id, userId: null }, async (tx) => {
      const sites = await tx
        .insert(schema.sites)
        .values([
          { tenantId: tenant.id, code: 'JG', name: '机关大楼' },
          { tenantId: tenant.id, code: 'XZ', name: '行政事业中心' },
        ])
        .returning();
      await seedDemoVendors(tx, { tenantId: tenant.id, people, sites, now });
      await seedDemoComplaints(tx, { tenantId: tenant.id, people, sites, now });
    });
    const { app } = testApp(ctx, { clock: fixedClock(now.toISOString()) });
    const as = async (r: string) =>
      trpcClient(app, { cookie: await cookieFor(ctx.db, users[mail(r)]!.id, tenant.id) });
    const supervisor = await as('supervisor');
    const all = dataOf(await supervisor.query('complaints.list', {}));
    expect(new Set(all.map((c: any) => c.status))).toEqual(
      new Set(['received', 'investigating', 'correcting', 'verifying', 'confirming', 'closed', 'rejected']),
    );
    expect(new Set(all.map((c: any) => c.channel))).toEqual(
      new Set(['web', 'hotline', 'liaison', 'joint_meeting']),
    );
    expect(all.some((c: any) => c.paused)).toBe(true);
    expect(all.some((c: any) => c.overdue)).toBe(true);
    expect(all.some((c: any) => c.reopenCount > 0)).toBe(true);
    expect(all.filter((c: any) => c.contractId === null)).toHaveLength(1);
    // The demo contractor (security) has complaints to answer.
    const contractor = await as('contractor');
    const mine = dataOf(await contractor.query('complaints.list', { status: ['correcting'] }));
    expect(mine.length).toBeGreaterThan(0);
    const [meeting] = dataOf(await supervisor.query('complaints.meetings.list'));
    expect(meeting).toMatchObject({ status: 'held', actions: 2, openActions: 1 });
    const detail = dataOf(await supervisor.query('complaints.meetings.get', { id: meeting.id }));
    expect(detail.minutes).toContain('会议决定');
    expect(detail.raised).toHaveLength(1);
  });
});
