import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor, seedTenant } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/harness.ts';
import { creditCode } from '../../../test/vendor-fixtures.ts';

describeEachDatabase('contracts and supervisor assignments', (ctx) => {
  let n = 0;
  async function agency() {
    n += 1;
    const mail = (r: string) => `${r}${n}-${ctx.kind}@contracts.example`;
    const { tenant, users } = await seedTenant(ctx.db, `合同单位${n}`, [
      { email: mail('admin'), roles: ['admin'] },
      { email: mail('contractor'), roles: ['contractor'] },
      { email: mail('supervisor'), roles: ['supervisor'] },
      { email: mail('evaluator'), roles: ['evaluator'] },
    ]);
    const { app } = testApp(ctx);
    const as = async (role: string) =>
      trpcClient(app, { cookie: await cookieFor(ctx.db, users[mail(role)]!.id, tenant.id) });
    const admin = await as('admin');
    for (const pluginId of ['security', 'elevator'])
      dataOf(await admin.mutation('catalogue.enable', { pluginId }));
    const site1 = dataOf(await admin.mutation('sites.create', { code: 'S1', name: '机关大楼' }));
    const site2 = dataOf(await admin.mutation('sites.create', { code: 'S2', name: '行政事业中心' }));
    const vendorA = dataOf(
      await admin.mutation('vendors.create', { legalName: '甲保安', creditCode: creditCode(`MA1C${n}0A01`) }),
    );
    const vendorB = dataOf(
      await admin.mutation('vendors.create', { legalName: '乙电梯', creditCode: creditCode(`MA1C${n}0B01`) }),
    );
    const base = {
      title: '保安服务合同',
      vendorId: vendorA.id,
      serviceLineIds: ['security'],
      siteIds: [site1.id],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      priceFen: 123_456_789,
      deposit: { kind: 'percent', basisPoints: 500 },
    };
    return { tenant, users, mail, admin, as, site1, site2, vendorA, vendorB, base };
  }

  it('stores price and deposit in fen (a percentage of the price, or an amount)', async () => {
    const { admin, base } = await agency();
    const c = dataOf(await admin.mutation('contracts.create', { ...base, code: 'HT-1' }));
    expect(c).toMatchObject({ priceFen: 123_456_789, deposit: { kind: 'percent', basisPoints: 500 } });
    // 5 % of ¥1,234,567.89 = ¥61,728.3945 → 6 172 839 fen
    expect(c.depositFen).toBe(6_172_839);
    const amount = dataOf(
      await admin.mutation('contracts.update', { id: c.id, deposit: { kind: 'amount', fen: 5_000_000 } }),
    );
    expect(amount).toMatchObject({
      depositFen: 5_000_000,
      deposit: { kind: 'amount', fen: 5_000_000 },
      code: 'HT-1',
    });
    const fraction = await admin.mutation('contracts.create', { ...base, code: 'HT-2', priceFen: 100.5 });
    expect(fraction.status).toBe(400);
    expect(Object.keys(fraction.body.error.data.fieldErrors)).toEqual(['priceFen']);
    expect((await admin.mutation('contracts.create', { ...base, code: 'HT-1' })).status).toBe(409);
    const got = dataOf(await admin.query('contracts.get', { id: c.id }));
    expect(got).toMatchObject({ vendorName: '甲保安', sites: [{ name: '机关大楼' }] });
  });

  it('refuses what the tenant does not have: disabled lines, unknown vendors and sites, bad terms', async () => {
    const { admin, base, vendorA } = await agency();
    const other = await agency();
    const r = await admin.mutation('contracts.create', {
      ...base,
      code: 'HT-X',
      serviceLineIds: ['catering'],
      vendorId: other.vendorA.id,
      generalContractorId: null,
      siteIds: [other.site1.id],
      startsOn: '2026-12-31',
      endsOn: '2026-01-01',
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.data.fieldErrors).sort()).toEqual([
      'endsOn',
      'serviceLineIds',
      'siteIds',
      'vendorId',
    ]);
    const self = await admin.mutation('contracts.create', {
      ...base,
      code: 'HT-Y',
      generalContractorId: vendorA.id,
    });
    expect(Object.keys(self.body.error.data.fieldErrors)).toEqual(['generalContractorId']);
  });

  it('validates the level weights to 100 %, with the tenant’s defaults when a contract sets none', async () => {
    const { admin, base, as } = await agency();
    const c = dataOf(await admin.mutation('contracts.create', { ...base, code: 'HT-W' }));
    expect(c.weights).toBeNull();
    expect(c.effectiveWeights).toEqual({ daily: 500_000, monthly: 300_000, semiannual: 200_000, self: 0 });
    const bad = await admin.mutation('contracts.update', {
      id: c.id,
      weights: { daily: 500_000, monthly: 300_000, semiannual: 150_000, self: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors.weights[0]).toContain('95%');
    const own = { daily: 400_000, monthly: 300_000, semiannual: 200_000, self: 100_000 };
    expect(
      dataOf(await admin.mutation('contracts.update', { id: c.id, weights: own })).effectiveWeights,
    ).toEqual(own);
    const tenantDefault = { daily: 600_000, monthly: 200_000, semiannual: 200_000, self: 0 };
    expect((await admin.mutation('contracts.setDefaultWeights', { ...tenantDefault, self: 1 })).status).toBe(
      400,
    );
    const supervisor = await as('supervisor');
    expect((await supervisor.mutation('contracts.setDefaultWeights', tenantDefault)).status).toBe(403);
    dataOf(await admin.mutation('contracts.setDefaultWeights', tenantDefault));
    const other = dataOf(await admin.mutation('contracts.create', { ...base, code: 'HT-W2' }));
    expect(other.effectiveWeights).toEqual(tenantDefault);
    expect(dataOf(await supervisor.query('contracts.defaultWeights'))).toEqual(tenantDefault);
  });

  it('shows a contractor only its own vendor’s contracts, and a grant holder only its grant’s', async () => {
    const { admin, as, base, vendorA, vendorB, site2, users, mail } = await agency();
    const mine = dataOf(await admin.mutation('contracts.create', { ...base, code: 'HT-A' }));
    const theirs = dataOf(
      await admin.mutation('contracts.create', {
        ...base,
        code: 'HT-B',
        title: '电梯维保合同',
        vendorId: vendorB.id,
        generalContractorId: vendorA.id,
        serviceLineIds: ['elevator'],
        siteIds: [site2.id],
      }),
    );
    const contractor = await as('contractor');
    expect(dataOf(await contractor.query('contracts.list'))).toEqual([]);
    const member = dataOf(await admin.query('vendors.memberCandidates'))[0];
    dataOf(
      await admin.mutation('vendors.linkMember', { membershipId: member.membershipId, vendorId: vendorA.id }),
    );
    expect(dataOf(await contractor.query('contracts.list')).map((c: any) => c.code)).toEqual(['HT-A']);
    expect(dataOf(await contractor.query('contracts.list', { vendorId: vendorB.id }))).toEqual([]);
    expect(dataOf(await contractor.query('contracts.get', { id: mine.id })).code).toBe('HT-A');
    expect((await contractor.query('contracts.get', { id: theirs.id })).status).toBe(404);
    expect((await contractor.mutation('contracts.update', { id: mine.id, title: 'x' })).status).toBe(403);

    expect(
      dataOf(await admin.query('contracts.list', { serviceLineId: 'elevator' })).map((c: any) => c.code),
    ).toEqual(['HT-B']);
    expect(
      dataOf(await admin.query('contracts.list', { vendorId: vendorA.id })).map((c: any) => c.code),
    ).toEqual(['HT-A']);
    expect(dataOf(await admin.query('contracts.list', { status: 'ended' }))).toEqual([]);

    dataOf(
      await admin.mutation('grants.create', {
        userId: users[mail('evaluator')]!.id,
        actions: ['read'],
        siteIds: [site2.id],
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z',
        reason: '第三方测评',
      }),
    );
    const evaluator = await as('evaluator');
    expect(dataOf(await evaluator.query('contracts.list')).map((c: any) => c.code)).toEqual(['HT-B']);
    expect((await evaluator.query('contracts.get', { id: mine.id })).status).toBe(404);
    expect(
      dataOf(await evaluator.query('vendors.list'))
        .map((v: any) => v.legalName)
        .sort(),
    ).toEqual(['乙电梯', '甲保安']);
  });

  it('assigns supervisors to service lines, per site or for all, and removes them', async () => {
    const { admin, as, users, mail, site1 } = await agency();
    const supervisorId = users[mail('supervisor')]!.id;
    const all = dataOf(
      await admin.mutation('assignments.set', { serviceLineId: 'security', userId: supervisorId }),
    );
    const one = dataOf(
      await admin.mutation('assignments.set', {
        serviceLineId: 'security',
        siteId: site1.id,
        userId: supervisorId,
      }),
    );
    const again = dataOf(
      await admin.mutation('assignments.set', { serviceLineId: 'security', userId: supervisorId }),
    );
    expect(again.id).toBe(all.id);
    const notSupervisor = await admin.mutation('assignments.set', {
      serviceLineId: 'catering',
      userId: users[mail('contractor')]!.id,
    });
    expect(Object.keys(notSupervisor.body.error.data.fieldErrors).sort()).toEqual([
      'serviceLineId',
      'userId',
    ]);
    const supervisor = await as('supervisor');
    expect(dataOf(await supervisor.query('assignments.list'))).toHaveLength(2);
    expect((await supervisor.mutation('assignments.remove', { id: one.id })).status).toBe(403);
    dataOf(await admin.mutation('assignments.remove', { id: one.id }));
    expect(dataOf(await supervisor.query('assignments.list')).map((a: any) => a.siteId)).toEqual([null]);
  });
});
