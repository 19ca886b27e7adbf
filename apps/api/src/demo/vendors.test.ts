import { validateCreditCode } from '@steward/core';
import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../test/client.ts';
import { cookieFor, seedTenant } from '../../test/fixtures.ts';
import { testApp } from '../../test/harness.ts';
import { seedDemoVendors } from './vendors.ts';

describeEachDatabase('demo vendors and contracts', (ctx) => {
  it('seeds valid vendors, an expiring licence, an expired health certificate and five linked contracts', async () => {
    const mail = (r: string) => `${r}-${ctx.kind}@demo-vendors.example`;
    const roles = ['admin', 'supervisor', 'contractor', 'general_contractor'] as const;
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
        .values([
          { tenantId: tenant.id, code: 'JG', name: '机关大楼' },
          { tenantId: tenant.id, code: 'XZ', name: '行政事业中心' },
        ])
        .returning();
      await seedDemoVendors(tx, { tenantId: tenant.id, people, sites, now });
    });
    const { app } = testApp(ctx);
    const as = async (r: string) =>
      trpcClient(app, { cookie: await cookieFor(ctx.db, users[mail(r)]!.id, tenant.id) });
    const admin = await as('admin');
    const vendors = dataOf(await admin.query('vendors.list'));
    expect(vendors).toHaveLength(6);
    for (const v of vendors) {
      const result = validateCreditCode(v.creditCode);
      expect(result.valid && result.warnings, v.legalName).toEqual([]);
    }
    const contracts = dataOf(await admin.query('contracts.list'));
    expect(contracts.map((c: any) => c.serviceLineIds[0]).sort()).toEqual([
      'catering',
      'conference-cleaning',
      'elevator',
      'fire',
      'security',
    ]);
    const expiring = dataOf(await admin.query('vendors.expiring')).items;
    expect(expiring.some((i: any) => i.kind === 'health' && i.validity.status === 'expired')).toBe(true);
    expect(expiring.some((i: any) => i.subject === 'qualification' && i.validity.status === 'expiring')).toBe(
      true,
    );
    const contractor = await as('contractor');
    expect(dataOf(await contractor.query('contracts.list')).map((c: any) => c.serviceLineIds)).toEqual([
      ['security'],
    ]);
    const options = dataOf(await admin.query('contracts.options'));
    expect(options.serviceLines.filter((l: any) => l.enabled)).toHaveLength(6);
    expect(dataOf(await admin.query('assignments.list'))).toHaveLength(5);
  });
});
