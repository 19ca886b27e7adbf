import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn } from '../../../test/rectification-fixtures.ts';

describeEachDatabase('tenant settings: rules and working calendar', (ctx) => {
  async function setUp(iso = '2026-11-27T02:00:00Z') {
    const clock = fixedClock(iso);
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, `settings-${ctx.kind}`);
    return { clock, app, w, as: signedIn(app, w, clock) };
  }

  const audits = (tenantId: string, action: string) =>
    ctx.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.tenantId, tenantId), eq(schema.auditLog.action, action)));

  it('a partial update changes only the fields it names, keeps other settings, and is audited with before/after', async () => {
    const { w, as } = await setUp();
    await ctx.db
      .update(schema.tenants)
      .set({
        settings: {
          mfaRequiredRoles: [],
          levelWeights: { daily: 1, monthly: 0, semiAnnual: 0, self: 0 },
          complaints: {
            extraCategories: [{ code: 'parking', zh: '停车', en: 'Parking', serviceLineId: null }],
          },
        } as never,
      })
      .where(eq(schema.tenants.id, w.tenant.id));
    const admin = await as('admin');
    const defaults = dataOf(await admin.query('settings.rules'));
    expect(defaults).toMatchObject({
      complaints: {
        acceptWorkingDays: 1,
        investigateWorkingDays: 5,
        deductionCenti: { general: 200, major: 500 },
      },
      rectification: { deadlineWorkingDays: { major: 1, general: 3 } },
      appealWorkingDays: 10,
      spotCheckSampleSize: 5,
      expiryWarningDays: 30,
    });
    const saved = dataOf(
      await admin.mutation('settings.updateRules', {
        complaints: { acceptWorkingDays: 2, deductionCenti: { major: 800 } },
        rectification: { deadlineWorkingDays: { general: 5 } },
        spotCheckSampleSize: 8,
      }),
    );
    expect(saved.complaints).toMatchObject({
      acceptWorkingDays: 2,
      investigateWorkingDays: 5,
      deductionCenti: { general: 200, major: 800 },
    });
    expect(saved.rectification.deadlineWorkingDays).toEqual({ major: 1, general: 5 });
    expect(saved.spotCheckSampleSize).toBe(8);
    // A retried request changes nothing more.
    dataOf(await admin.mutation('settings.updateRules', { spotCheckSampleSize: 8 }));

    const [tenant] = await ctx.db.select().from(schema.tenants).where(eq(schema.tenants.id, w.tenant.id));
    const settings = tenant!.settings as any;
    expect(settings.mfaRequiredRoles).toEqual([]);
    expect(settings.levelWeights).toEqual({ daily: 1, monthly: 0, semiAnnual: 0, self: 0 });
    expect(settings.complaints.extraCategories).toHaveLength(1);
    expect(settings.plans.spotCheckSampleSize).toBe(8);
    // The clock rules in force before the change are kept for complaints already received.
    expect(settings.complaintsHistory).toEqual([
      {
        until: '2026-11-27T02:00:00.000Z',
        rules: {
          acceptWorkingDays: 1,
          investigateWorkingDays: 5,
          correctWorkingDays: 3,
          verifyWorkingDays: 2,
        },
      },
    ]);

    const [first] = await audits(w.tenant.id, 'tenant.rules');
    expect(first!.before).toMatchObject({ complaints: { acceptWorkingDays: 1 }, spotCheckSampleSize: 5 });
    expect(first!.after).toMatchObject({ complaints: { acceptWorkingDays: 2 }, spotCheckSampleSize: 8 });
    expect(first!.actorUserId).toBe(w.id('admin'));
  });

  it('refuses bad values with localized field messages, and refuses non-admins', async () => {
    const { app, w, clock } = await setUp();
    const zh = trpcClient(app, { cookie: await w.cookie('admin', clock.now()), locale: 'zh-CN' });
    const bad = await zh.mutation('settings.updateRules', {
      complaints: { acceptWorkingDays: 31, deductionCenti: { general: -1 } },
      spotCheckSampleSize: 2.5,
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.data.fieldErrors;
    expect(fields['complaints.acceptWorkingDays']).toEqual(['请输入 0 到 30 之间的整数（工作日）。']);
    expect(fields['complaints.deductionCenti.general']).toEqual([
      '请输入 0 到 100 之间的分值，最多两位小数。',
    ]);
    expect(fields.spotCheckSampleSize).toEqual(['请输入 0 到 50 之间的整数（0 表示不做每月抽查）。']);

    const en = trpcClient(app, { cookie: await w.cookie('admin', clock.now()), locale: 'en' });
    const reversed = await en.mutation('settings.addCalendarOverride', {
      kind: 'holiday',
      from: '2027-02-12',
      to: '2027-02-06',
      name: 'Spring Festival',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.data.fieldErrors.to).toEqual(['The last day cannot be before the first day.']);
    const noName = await en.mutation('settings.addCalendarOverride', {
      kind: 'holiday',
      from: '2027-02-30',
      name: ' ',
    });
    expect(noName.body.error.data.fieldErrors).toMatchObject({
      from: ['Enter a valid date (year-month-day).'],
      name: [
        'Give it a name (e.g. “Spring Festival” or “Spring Festival make-up day”), up to 40 characters.',
      ],
    });
    dataOf(
      await en.mutation('settings.addCalendarOverride', {
        kind: 'working',
        from: '2027-02-20',
        name: '调休',
      }),
    );
    const clash = await en.mutation('settings.addCalendarOverride', {
      kind: 'holiday',
      from: '2027-02-18',
      to: '2027-02-21',
      name: '春节',
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.message).toBe(
      '2027-02-20 is already entered as a working day; remove that entry first.',
    );

    const supervisor = await (await signedIn(app, w, clock))('supervisor');
    expect((await supervisor.mutation('settings.updateRules', { spotCheckSampleSize: 1 })).status).toBe(403);
    expect((await supervisor.query('settings.calendar')).status).toBe(403);
    expect(dataOf(await supervisor.query('settings.calendarCoverage'))).toEqual({ missingYears: [] });
  });

  it('warns for 2027 until overrides exist; a holiday override shows in the month and is audited', async () => {
    const { w, as } = await setUp();
    const admin = await as('admin');
    const empty = dataOf(await admin.query('settings.calendar'));
    expect(empty.coverage).toEqual([
      { year: 2026, official: true, overrides: 0, missing: false },
      { year: 2027, official: false, overrides: 0, missing: true },
    ]);
    expect(dataOf(await admin.query('settings.calendarCoverage'))).toEqual({ missingYears: [2027] });
    const view = dataOf(
      await admin.mutation('settings.addCalendarOverride', {
        kind: 'holiday',
        from: '2027-02-06',
        to: '2027-02-12',
        name: '春节',
      }),
    );
    expect(view.groups).toEqual([
      {
        kind: 'holiday',
        name: '春节',
        from: '2027-02-06',
        to: '2027-02-12',
        dates: [
          '2027-02-06',
          '2027-02-07',
          '2027-02-08',
          '2027-02-09',
          '2027-02-10',
          '2027-02-11',
          '2027-02-12',
        ],
      },
    ]);
    expect(view.coverage[1]).toMatchObject({ year: 2027, overrides: 7, missing: false });
    const month = dataOf(await admin.query('settings.calendarMonth', { month: '2027-02' }));
    expect(month.days).toHaveLength(28);
    expect(month.days[7]).toEqual({
      date: '2027-02-08',
      working: false,
      kind: 'holiday',
      name: '春节',
      source: 'tenant',
    });
    expect(month.days[14]).toMatchObject({ date: '2027-02-15', working: true, source: 'weekday' });
    const [audit] = await audits(w.tenant.id, 'tenant.calendar');
    expect(audit!.before).toEqual({ overrides: [] });
    expect((audit!.after as any).overrides).toHaveLength(7);

    const removed = dataOf(
      await admin.mutation('settings.removeCalendarOverrides', { dates: ['2027-02-11', '2027-02-12'] }),
    );
    expect(removed.groups[0]).toMatchObject({ from: '2027-02-06', to: '2027-02-10' });
  });
});
