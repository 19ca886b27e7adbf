import { computeMonthlyAssessment } from '@steward/core';
import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { complaintAgency, publicCaller, TINY_PNG } from '../../../test/complaint-fixtures.ts';
import { fixedClock } from '../../../test/harness.ts';

const uuid = () => crypto.randomUUID();

describeEachDatabase('complaints: channels, accountability, public form and tracking', (ctx) => {
  let n = 0;
  const setup = async (clock?: ReturnType<typeof fixedClock>) => complaintAgency(ctx, `c${++n}`, clock);

  it('routes a complaint from each channel to the contract of its site and category', async () => {
    const t = await setup();
    const form = dataOf(await t.supervisor.query('complaints.form'));
    expect(form.path).toBe(`/t/${form.publicKey}/complaint`);
    const phone = publicCaller(t.app, '10.0.0.1');
    const info = (await phone.query('complaints.public.form', { formKey: form.publicKey })).body.result.data;
    expect(info.agency).toBe(t.tenant.name);
    expect(info.sites.map((s: any) => s.name)).toEqual(['机关大楼', '行政事业中心']);
    expect(info.categories.map((c: any) => c.code)).toContain('catering');

    const web = await phone.mutation('complaints.public.submit', {
      formKey: form.publicKey,
      submissionId: uuid(),
      siteId: t.sites.a.id,
      location: '3楼食堂',
      category: 'catering',
      description: '午餐的菜是凉的，已经好几次了',
      photos: [],
    });
    expect(web.status).toBe(200);
    const hotline = dataOf(
      await t.supervisor.mutation('complaints.record', {
        submissionId: uuid(),
        siteId: t.sites.b.id,
        location: '大门',
        category: 'security',
        description: '门岗保安夜间不在岗',
        callerName: '张三',
        callerPhone: '13800000000',
      }),
    );
    const liaison = dataOf(
      await t.liaison.mutation('complaints.report', {
        submissionId: uuid(),
        siteId: t.sites.b.id,
        location: '2楼餐厅',
        category: 'catering',
        description: '餐具消毒柜未开启',
        photos: [
          { contentType: 'image/png', data: TINY_PNG, capturedAt: Date.parse('2026-03-02T00:55:00Z') },
        ],
      }),
    );
    const meeting = dataOf(
      await t.supervisor.mutation('complaints.meetings.create', {
        title: '三月联席办公会',
        heldOn: '2026-03-02',
        periodFrom: '2026-02-01',
        periodTo: '2026-03-02',
        attendees: ['办公室主任', '后勤处长'],
      }),
    );
    const raised = dataOf(
      await t.supervisor.mutation('complaints.meetings.raise', {
        meetingId: meeting.id,
        submissionId: uuid(),
        siteId: t.sites.a.id,
        location: '',
        category: 'security',
        description: '访客登记不规范，多个部门反映',
      }),
    );

    const list = dataOf(await t.supervisor.query('complaints.list', {}));
    const byCode = (code: string) => list.find((c: any) => c.trackingCode === code);
    expect(byCode(web.body.result.data.trackingCode)).toMatchObject({
      channel: 'web',
      contractId: t.contracts.cateringA.id,
      serviceLineId: 'catering',
    });
    expect(byCode(hotline.trackingCode)).toMatchObject({
      channel: 'hotline',
      contractId: t.contracts.securityAB.id,
    });
    expect(byCode(liaison.trackingCode)).toMatchObject({
      channel: 'liaison',
      contractId: t.contracts.cateringB.id,
    });
    expect(byCode(raised.trackingCode)).toMatchObject({
      channel: 'joint_meeting',
      contractId: t.contracts.securityAB.id,
    });
    // The liaison's photo is on the timeline with its SHA-256 and readable by the handler.
    const detail = dataOf(await t.supervisor.query('complaints.get', { id: liaison.id }));
    const photo = detail.timeline[0].evidence[0];
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    const image = dataOf(
      await t.supervisor.query('complaints.photo', { id: liaison.id, sha256: photo.sha256 }),
    );
    expect(image.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    // Hotline callers' names are kept for the handler, never shown to the vendor.
    const hot = dataOf(await t.supervisor.query('complaints.get', { id: hotline.id }));
    expect(hot.reporter).toEqual({ anonymous: false, name: '张三', phone: '13800000000' });
    const mine = dataOf(await t.liaison.query('complaints.mine'));
    expect(mine.map((c: any) => c.id)).toEqual([liaison.id]);
  });

  it('runs 受理 → 调查取证 → 责任追究 to a deduction in the score lineage, reopening when the reporter says not fixed', async () => {
    const clock = fixedClock('2026-03-02T01:00:00Z');
    const t = await setup(clock);
    const form = dataOf(await t.supervisor.query('complaints.form'));
    const phone = publicCaller(t.app, '10.0.0.2');
    const submitted = await phone.mutation('complaints.public.submit', {
      formKey: form.publicKey,
      submissionId: uuid(),
      siteId: t.sites.a.id,
      location: '食堂',
      category: 'catering',
      description: '饭菜里有异物，拍了照片',
      reporterName: '王女士',
      photos: [{ contentType: 'image/png', data: TINY_PNG }],
    });
    const code = submitted.body.result.data.trackingCode as string;
    const [row] = await ctx.db
      .select()
      .from(schema.complaints)
      .where(eq(schema.complaints.trackingCode, code));
    const id = row!.id;
    const track = async () => (await phone.query('complaints.public.track', { code })).body.result.data;

    dataOf(await t.supervisor.mutation('complaints.accept', { id, note: '已受理' }));
    clock.set('2026-03-02T03:00:00Z');
    dataOf(await t.supervisor.mutation('complaints.pause', { id, question: '请问具体是哪一天的午餐？' }));
    const paused = await track();
    expect(paused.paused).toBe(true);
    expect(paused.canReply).toBe(true);
    expect(paused.clocks[1]).toMatchObject({ stage: 'investigation', state: 'paused', deadline: null });
    expect(paused.timeline.at(-1)).toMatchObject({ kind: 'paused', publicNote: '请问具体是哪一天的午餐？' });
    clock.set('2026-03-03T01:00:00Z');
    expect((await phone.mutation('complaints.public.reply', { code, note: '3月2日中午' })).status).toBe(200);
    expect((await track()).paused).toBe(false);

    dataOf(
      await t.supervisor.mutation('complaints.addEvidence', {
        id,
        note: '调取后厨监控，确认属实',
        photos: [],
      }),
    );
    dataOf(
      await t.supervisor.mutation('complaints.decide', {
        id,
        substantiated: true,
        finding: '内部结论：后厨操作员未按规程操作',
        publicNote: '经调查投诉属实，已责令整改。',
        severity: 'general',
        responsiblePerson: '后厨厨师长',
      }),
    );
    const deductions = dataOf(
      await t.supervisor.query('complaints.deductions', {
        contractId: t.contracts.cateringA.id,
        month: '2026-03',
      }),
    );
    expect(deductions).toEqual([{ id, deduction: 200, reason: expect.stringContaining(code) }]);
    // The deduction is what the monthly assessment takes: its lineage leads back to the complaint.
    const month = computeMonthlyAssessment(
      { contractId: t.contracts.cateringA.id, month: '2026-03', inspections: [], complaints: deductions },
      undefined,
    );
    expect(month.entries).toContainEqual(
      expect.objectContaining({ sign: -1, points: 200, source: { type: 'complaint', id } }),
    );

    // …and the scores service takes it: the month's lineage has the complaint as a source.
    const scored = dataOf(
      await t.supervisor.query('scores.month', { contractId: t.contracts.cateringA.id, month: '2026-03' }),
    );
    expect(scored.entries).toEqual([
      expect.objectContaining({
        sign: -1,
        points: 200,
        source: { type: 'complaint', id },
        detail: { type: 'complaint' },
      }),
    ]);
    expect(scored.composite).toMatchObject({ status: 'scored', score: 9800 });
    // The vendor sees its complaint without the reporter's name and reports the correction.
    const seen = dataOf(await t.vendor.query('complaints.get', { id }));
    expect(seen.reporter).toEqual({ anonymous: false, name: null, phone: null });
    clock.set('2026-03-04T02:00:00Z');
    dataOf(await t.vendor.mutation('complaints.respond', { id, note: '已培训后厨人员', photos: [] }));
    dataOf(
      await t.supervisor.mutation('complaints.verify', { id, fixed: true, note: '现场复查合格', photos: [] }),
    );
    expect((await track()).canConfirm).toBe(true);
    expect(
      (await phone.mutation('complaints.public.feedback', { code, fixed: false, note: '又出现了' })).status,
    ).toBe(200);
    const reopened = dataOf(await t.supervisor.query('complaints.get', { id }));
    expect(reopened).toMatchObject({ status: 'correcting', reopenCount: 1, reporterFeedback: 'not_fixed' });
    dataOf(
      await t.supervisor.mutation('complaints.verify', { id, fixed: true, note: '二次复查合格', photos: [] }),
    );
    expect((await phone.mutation('complaints.public.feedback', { code, fixed: true, note: '' })).status).toBe(
      200,
    );
    const closed = await track();
    expect(closed.status).toBe('closed');
    expect(closed.clocks.map((c: any) => c.stage)).toEqual([
      'acceptance',
      'investigation',
      'correction',
      'verification',
    ]);
    // Reopening never deducts twice.
    expect(
      dataOf(
        await t.supervisor.query('complaints.deductions', {
          contractId: t.contracts.cateringA.id,
          month: '2026-03',
        }),
      ),
    ).toHaveLength(1);
    const rescored = dataOf(
      await t.supervisor.query('scores.month', { contractId: t.contracts.cateringA.id, month: '2026-03' }),
    );
    expect(rescored.entries.filter((e: any) => e.source.type === 'complaint')).toHaveLength(1);
    const actions = (
      await ctx.db
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.tenantId, t.tenant.id))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'complaint.receive',
        'complaint.accepted',
        'complaint.decided',
        'complaint.reopened',
        'complaint.reporter_confirmed',
      ]),
    );
  });

  it('shows the reporter no internal data on the tracking page', async () => {
    const t = await setup();
    const form = dataOf(await t.supervisor.query('complaints.form'));
    const phone = publicCaller(t.app, '10.0.0.3', 'en');
    const { trackingCode: code } = (
      await phone.mutation('complaints.public.submit', {
        formKey: form.publicKey,
        submissionId: uuid(),
        siteId: t.sites.a.id,
        location: 'canteen',
        category: 'catering',
        description: 'Cold lunch again',
        reporterName: 'SecretReporterName',
        reporterPhone: '13912345678',
        photos: [],
      })
    ).body.result.data;
    const [row] = await ctx.db
      .select()
      .from(schema.complaints)
      .where(eq(schema.complaints.trackingCode, code));
    dataOf(await t.supervisor.mutation('complaints.accept', { id: row!.id, note: 'INTERNAL-ACCEPT-NOTE' }));
    dataOf(
      await t.supervisor.mutation('complaints.addEvidence', {
        id: row!.id,
        note: 'INTERNAL-EVIDENCE',
        photos: [],
      }),
    );
    dataOf(
      await t.supervisor.mutation('complaints.decide', {
        id: row!.id,
        substantiated: true,
        finding: 'INTERNAL-FINDING',
        severity: 'major',
        responsiblePerson: 'INTERNAL-PERSON',
      }),
    );
    const page = await phone.query('complaints.public.track', { code: code.toLowerCase() });
    expect(page.status).toBe(200);
    const text = JSON.stringify(page.body);
    for (const secret of [
      'INTERNAL',
      'SecretReporterName',
      '13912345678',
      '监管员王五',
      t.vendors.v1.legalName,
      t.contracts.cateringA.code,
      t.contracts.cateringA.id,
      t.users.sup!.id,
      row!.id,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(page.body.result.data.clocks).toHaveLength(4);
    expect(page.body.result.data.timeline.map((e: any) => e.kind)).toEqual([
      'received',
      'accepted',
      'decided',
    ]);
    const unknown = await phone.query('complaints.public.track', { code: 'ZZZZZZZZZZZZ' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No complaint has this tracking code. Check it and try again.');
  });

  it('rate limits the public form and the tracking page per IP with the wait in the message, and never duplicates a retried submission', async () => {
    const t = await setup();
    const form = dataOf(await t.supervisor.query('complaints.form'));
    const phone = publicCaller(t.app, '10.0.0.4');
    const body = (submissionId: string) => ({
      formKey: form.publicKey,
      submissionId,
      siteId: null,
      location: '',
      category: 'other',
      description: '一个重复提交的测试',
      photos: [],
    });
    const id = uuid();
    const first = await phone.mutation('complaints.public.submit', body(id));
    const retry = await phone.mutation('complaints.public.submit', body(id));
    expect(retry.body.result.data).toEqual({
      trackingCode: first.body.result.data.trackingCode,
      duplicate: true,
    });
    const rows = await ctx.db.select().from(schema.complaints).where(eq(schema.complaints.submissionId, id));
    expect(rows).toHaveLength(1);
    for (let i = 0; i < 8; i++)
      expect((await phone.mutation('complaints.public.submit', body(uuid()))).status).toBe(200);
    const refused = await phone.mutation('complaints.public.submit', body(uuid()));
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/^操作过于频繁，请在\d+秒后再试。$/);
    const english = await publicCaller(t.app, '10.0.0.4', 'en').mutation(
      'complaints.public.submit',
      body(uuid()),
    );
    expect(english.body.error.message).toMatch(/^Too many requests\. Please try again in \d+ seconds\.$/);
    // The tracking page is limited too (guessing codes), per IP.
    const guesser = publicCaller(t.app, '10.0.0.8');
    for (let i = 0; i < 60; i++) {
      expect(
        (await guesser.query('complaints.public.track', { code: `ZZZZZZZZ${String(i).padStart(4, '0')}` }))
          .status,
      ).toBe(404);
    }
    const blocked = await guesser.query('complaints.public.track', {
      code: first.body.result.data.trackingCode,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/秒后再试/);
    // Another phone is not affected.
    expect(
      (await publicCaller(t.app, '10.0.0.5').mutation('complaints.public.submit', body(uuid()))).status,
    ).toBe(200);
  });

  it('refuses bad photos and unknown categories with field messages, and an unknown form key', async () => {
    const t = await setup();
    const form = dataOf(await t.supervisor.query('complaints.form'));
    const phone = publicCaller(t.app, '10.0.0.6', 'en');
    const base = {
      formKey: form.publicKey,
      siteId: t.sites.a.id,
      location: '',
      category: 'catering',
      description: 'Photo of the problem',
    };
    const html = btoa('<html><script>alert(1)</script></html>');
    const bad = await phone.mutation('complaints.public.submit', {
      ...base,
      submissionId: uuid(),
      photos: [{ contentType: 'image/jpeg', data: html }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors['photos.0'][0]).toContain('not supported');
    const cat = await phone.mutation('complaints.public.submit', {
      ...base,
      category: 'nonsense',
      submissionId: uuid(),
      photos: [],
    });
    expect(cat.body.error.data.fieldErrors.category).toEqual(['Choose a category.']);
    const gone = await phone.query('complaints.public.form', { formKey: 'abcdefghijklmnop' });
    expect(gone.status).toBe(404);
    // A rotated key stops the old link.
    dataOf(await t.admin.mutation('complaints.updateForm', { rotate: true }));
    expect((await phone.query('complaints.public.form', { formKey: form.publicKey })).status).toBe(404);
  });

  it('lets a contractor see only its own vendor’s complaints; rejection reasons reach the reporter', async () => {
    const t = await setup();
    const a = dataOf(
      await t.supervisor.mutation('complaints.record', {
        submissionId: uuid(),
        siteId: t.sites.a.id,
        category: 'catering',
        description: '食堂排队时间过长',
      }),
    );
    const b = dataOf(
      await t.supervisor.mutation('complaints.record', {
        submissionId: uuid(),
        siteId: t.sites.b.id,
        category: 'security',
        description: '保安态度不好',
      }),
    );
    const seen = dataOf(await t.vendor.query('complaints.list', {}));
    expect(seen.map((c: any) => c.id)).toEqual([a.id]);
    expect((await t.vendor.query('complaints.get', { id: b.id })).status).toBe(404);
    expect((await t.vendor.mutation('complaints.accept', { id: a.id, note: '' })).status).toBe(403);
    dataOf(await t.supervisor.mutation('complaints.reject', { id: b.id, reason: '不属于本单位管理范围' }));
    const page = (
      await publicCaller(t.app, '10.0.0.7').query('complaints.public.track', { code: b.trackingCode })
    ).body.result.data;
    expect(page.status).toBe('rejected');
    expect(page.timeline.at(-1)).toMatchObject({ kind: 'rejected', publicNote: '不属于本单位管理范围' });
    // Rerouting keeps the suggestion beside the handler's choice.
    dataOf(
      await t.supervisor.mutation('complaints.reroute', {
        id: a.id,
        contractId: t.contracts.cateringB.id,
        serviceLineId: 'catering',
        note: '实为B楼食堂',
      }),
    );
    const moved = dataOf(await t.supervisor.query('complaints.get', { id: a.id }));
    expect(moved).toMatchObject({
      rerouted: true,
      contract: { code: 'HT-CAT-B' },
      suggested: { contract: { code: 'HT-CAT-A' } },
    });
    expect(dataOf(await t.vendor.query('complaints.list', {}))).toEqual([]);
  });

  it('builds the joint meeting agenda from the most reported problems; decisions become tracked actions', async () => {
    const t = await setup();
    for (const [category, site] of [
      ['catering', t.sites.a.id],
      ['catering', t.sites.a.id],
      ['security', t.sites.b.id],
    ] as const) {
      dataOf(
        await t.supervisor.mutation('complaints.record', {
          submissionId: uuid(),
          siteId: site,
          category,
          description: '反映的问题描述',
        }),
      );
    }
    const agenda = dataOf(
      await t.leader.query('complaints.meetings.proposeAgenda', { from: '2026-03-01', to: '2026-03-31' }),
    );
    expect(agenda.map((a: any) => [a.category, a.count, a.trend])).toEqual([
      ['catering', 2, 'up'],
      ['security', 1, 'up'],
    ]);
    const m = dataOf(
      await t.leader.mutation('complaints.meetings.create', {
        title: '三月联席办公会',
        heldOn: '2026-03-02',
        periodFrom: '2026-03-01',
        periodTo: '2026-03-31',
      }),
    );
    dataOf(
      await t.leader.mutation('complaints.meetings.update', {
        id: m.id,
        minutes: '会议认为食堂问题突出',
        held: true,
      }),
    );
    const action = dataOf(
      await t.leader.mutation('complaints.meetings.addAction', {
        meetingId: m.id,
        title: '餐饮公司一周内提交整改方案',
        ownerUserId: t.users.sup!.id,
        dueOn: '2026-03-01',
      }),
    );
    const detail = dataOf(await t.leader.query('complaints.meetings.get', { id: m.id }));
    expect(detail.agenda).toHaveLength(2);
    expect(detail.actions[0]).toMatchObject({
      id: action.id,
      owner: '监管员王五',
      status: 'open',
      overdue: true,
    });
    dataOf(
      await t.leader.mutation('complaints.meetings.setActionStatus', {
        id: action.id,
        status: 'done',
        note: '已提交',
      }),
    );
    expect(dataOf(await t.leader.query('complaints.meetings.list'))[0]).toMatchObject({
      actions: 1,
      openActions: 0,
    });
    expect((await t.liaison.query('complaints.meetings.list')).status).toBe(403);
  });
});
