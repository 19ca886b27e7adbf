import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor, seedTenant } from '../../../test/fixtures.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { creditCode } from '../../../test/vendor-fixtures.ts';

describeEachDatabase('vendors', (ctx) => {
  let n = 0;
  async function agency(clockIso = '2026-03-02T01:00:00Z') {
    n += 1;
    const mail = (r: string) => `${r}${n}-${ctx.kind}@vendors.example`;
    const { tenant, users } = await seedTenant(ctx.db, `单位${n}`, [
      { email: mail('admin'), roles: ['admin'] },
      { email: mail('contractor'), roles: ['contractor'] },
      { email: mail('supervisor'), roles: ['supervisor'] },
    ]);
    const clock = fixedClock(clockIso);
    const { app } = testApp(ctx, { clock });
    const as = async (role: string, locale?: string) =>
      trpcClient(app, {
        cookie: await cookieFor(ctx.db, users[mail(role)]!.id, tenant.id),
        ...(locale ? { locale } : {}),
      });
    return { tenant, users, mail, admin: await as('admin'), as, clock };
  }

  it('validates the credit code’s check character through the API and names the expected one', async () => {
    const { admin, as, tenant } = await agency();
    const good = creditCode('MA1FL8XQ3');
    const vendor = dataOf(
      await admin.mutation('vendors.create', {
        legalName: '示范保安服务有限公司',
        creditCode: good.toLowerCase(),
      }),
    );
    expect(vendor).toMatchObject({ creditCode: good, status: 'active', contacts: [] });
    const expected = good[17]!;
    const wrong = good.slice(0, 17) + (expected === 'A' ? 'B' : 'A');
    const zh = await admin.mutation('vendors.create', { legalName: '错误', creditCode: wrong });
    expect(zh.status).toBe(400);
    expect(zh.body.error.data.messageKey).toBe('credit_code.bad_check_character');
    expect(zh.body.error.data.fieldErrors.creditCode[0]).toContain(`应为“${expected}”`);
    const en = await (await as('admin', 'en')).mutation('vendors.create', {
      legalName: 'x',
      creditCode: wrong,
    });
    expect(en.body.error.data.fieldErrors.creditCode[0]).toContain(`expected "${expected}"`);
    const short = await admin.mutation('vendors.create', { legalName: 'x', creditCode: '9131' });
    expect(short.body.error.data.messageKey).toBe('credit_code.wrong_length');
    const again = await admin.mutation('vendors.create', { legalName: '重复', creditCode: good });
    expect(again.status).toBe(409);
    // A partial update keeps every omitted field.
    const updated = dataOf(
      await admin.mutation('vendors.update', { id: vendor.id, address: '示范市人民路1号' }),
    );
    expect(updated).toMatchObject({
      legalName: '示范保安服务有限公司',
      creditCode: good,
      address: '示范市人民路1号',
    });
    const audit = await ctx.db
      .select({ action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.tenantId, tenant.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['vendor.create', 'vendor.update']));
  });

  it('lists expired and expiring permits at the boundary, in the tenant’s time zone', async () => {
    // 16:30 UTC on 1 March is already 2 March in Shanghai: a permit valid until 1 March has lapsed.
    const { admin } = await agency('2026-03-01T16:30:00Z');
    const v = dataOf(
      await admin.mutation('vendors.create', { legalName: '电梯维保', creditCode: creditCode('MA1FL8XQ4') }),
    );
    const qual = (validUntil: string, number: string) =>
      admin.mutation('vendors.addQualification', {
        vendorId: v.id,
        kind: 'elevator_maintenance',
        number,
        validUntil,
      });
    dataOf(await qual('2026-03-01', 'Q-LAPSED'));
    dataOf(await qual('2026-03-02', 'Q-TODAY'));
    dataOf(await qual('2026-04-01', 'Q-30'));
    dataOf(await qual('2026-04-02', 'Q-31'));
    const bad = await admin.mutation('vendors.addQualification', {
      vendorId: v.id,
      kind: 'x',
      number: 'y',
      validFrom: '2026-05-01',
      validUntil: '2026-04-01',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.data.fieldErrors)).toEqual(['validUntil']);
    const staff = dataOf(
      await admin.mutation('vendors.addStaff', { vendorId: v.id, name: '张师傅', job: '维保工' }),
    );
    const gone = dataOf(
      await admin.mutation('vendors.addStaff', { vendorId: v.id, name: '离职', job: '维保工' }),
    );
    dataOf(
      await admin.mutation('vendors.addCertificate', {
        staffId: staff.id,
        kind: 'health',
        validUntil: '2026-02-28',
      }),
    );
    dataOf(
      await admin.mutation('vendors.addCertificate', {
        staffId: gone.id,
        kind: 'health',
        validUntil: '2026-02-28',
      }),
    );
    dataOf(await admin.mutation('vendors.updateStaff', { id: gone.id, active: false }));

    const list = dataOf(await admin.query('vendors.expiring'));
    expect(list.today).toBe('2026-03-02');
    expect(
      list.items.map((i: any) => [i.number || i.staffName, i.validity.status, i.validity.daysLeft]),
    ).toEqual([
      ['张师傅', 'expired', -2],
      ['Q-LAPSED', 'expired', -1],
      ['Q-TODAY', 'expiring', 0],
      ['Q-30', 'expiring', 30],
    ]);
    const wider = dataOf(await admin.query('vendors.expiring', { withinDays: 31 }));
    expect(wider.items.map((i: any) => i.number)).toContain('Q-31');
    const vendors = dataOf(await admin.query('vendors.list'));
    expect(vendors[0].alerts).toEqual({ expired: 2, expiring: 2 });
    const page = dataOf(await admin.query('vendors.get', { id: v.id }));
    expect(page.staff.find((s: any) => s.name === '离职').active).toBe(false);
    expect(page.qualifications.map((q: any) => q.validity.status)).toEqual([
      'expired',
      'expiring',
      'expiring',
      'valid',
    ]);
  });

  it('links a contractor member to its vendor, who then sees only that vendor', async () => {
    const { admin, as, users, mail } = await agency();
    const a = dataOf(
      await admin.mutation('vendors.create', { legalName: '甲保安', creditCode: creditCode('MA1FL8XQ5') }),
    );
    const b = dataOf(
      await admin.mutation('vendors.create', { legalName: '乙保洁', creditCode: creditCode('MA1FL8XQ6') }),
    );
    const contractor = await as('contractor');
    expect(dataOf(await contractor.query('vendors.list'))).toEqual([]);
    const candidates = dataOf(await admin.query('vendors.memberCandidates'));
    const member = candidates.find((m: any) => m.userId === users[mail('contractor')]!.id);
    expect(candidates).toHaveLength(1);
    const supervisorMembership = (
      await ctx.db
        .select({ id: schema.memberships.id })
        .from(schema.memberships)
        .where(eq(schema.memberships.userId, users[mail('supervisor')]!.id))
    )[0]!;
    const refused = await admin.mutation('vendors.linkMember', {
      membershipId: supervisorMembership.id,
      vendorId: a.id,
    });
    expect(refused.status).toBe(400);
    dataOf(await admin.mutation('vendors.linkMember', { membershipId: member.membershipId, vendorId: a.id }));
    expect(dataOf(await admin.query('vendors.get', { id: a.id })).members).toHaveLength(1);
    expect(dataOf(await contractor.query('vendors.list')).map((v: any) => v.id)).toEqual([a.id]);
    expect((await contractor.query('vendors.get', { id: b.id })).status).toBe(404);
    const own = dataOf(await contractor.query('vendors.get', { id: a.id }));
    expect(own.members).toEqual([]);
    expect((await contractor.mutation('vendors.update', { id: a.id, address: 'x' })).status).toBe(403);
  });
});
