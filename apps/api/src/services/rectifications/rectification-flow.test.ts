import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import {
  seedSupervision,
  signedIn,
  submitInspection,
  uploadedPhoto,
} from '../../../test/rectification-fixtures.ts';

describeEachDatabase('R17 rectification: raise → respond → verify', (ctx) => {
  async function setUp(iso = '2026-03-02T01:00:00Z') {
    const clock = fixedClock(iso);
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, ctx.kind);
    const as = signedIn(app, w, clock);
    const { inspection, results } = await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-02',
      submittedAt: new Date('2026-03-02T01:30:00Z'),
      items: [
        { code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 300, photo: true },
        { code: 'sec.patrol', result: 'nonconform', severity: 'general', deductionCenti: 100 },
        { code: 'sec.uniform', result: 'conform' },
      ],
    });
    return { clock, app, w, as, inspection, results };
  }

  it('R17: fixed after an answer with a photo closes the notice; the vendor sees it in its inbox meanwhile', async () => {
    const { clock, w, as, results } = await setUp();
    const supervisor = await as('supervisor');
    const before = dataOf(await supervisor.query('rectifications.findings', {}));
    expect(before.map((f: any) => f.itemCode).sort()).toEqual(['sec.gate', 'sec.patrol']);
    const notice = dataOf(
      await supervisor.mutation('rectifications.raise', {
        resultId: results['sec.gate']!.id,
        instructions: '立即修复门禁',
      }),
    );
    // Monday 09:00 + 1 working day for a major finding → Tuesday 17:30 Shanghai.
    expect(new Date(notice.deadlineAt).toISOString()).toBe('2026-03-03T09:30:00.000Z');
    expect(notice).toMatchObject({ status: 'open', round: 1, severity: 'major' });
    // Raising again (a retried request) returns the same notice.
    const remaining = dataOf(
      await supervisor.query('rectifications.findings', { contractId: w.contract.id }),
    );
    expect(remaining.map((f: any) => f.itemCode)).toEqual(['sec.patrol']);
    const again = dataOf(
      await supervisor.mutation('rectifications.raise', { resultId: results['sec.gate']!.id }),
    );
    expect(again.id).toBe(notice.id);
    // A conform item is no finding.
    const conform = await supervisor.mutation('rectifications.raise', {
      resultId: results['sec.uniform']!.id,
    });
    expect(conform.status).toBe(412);

    const vendor = await as('contractor');
    const inbox = dataOf(await vendor.query('rectifications.inbox'));
    expect(inbox.map((n: any) => n.id)).toEqual([notice.id]);
    // Another vendor's contractor sees nothing and cannot answer.
    const other = await as('other_contractor');
    expect(dataOf(await other.query('rectifications.inbox'))).toEqual([]);
    expect((await other.mutation('rectifications.respond', { id: notice.id, response: 'x' })).status).toBe(
      404,
    );

    // The supervisor cannot close it before an answer, however it turns out.
    expect(
      (await supervisor.mutation('rectifications.verify', { id: notice.id, outcome: 'fixed' })).status,
    ).toBe(412);

    clock.set('2026-03-03T02:00:00Z');
    const photo = await uploadedPhoto(ctx.db, w, 'contractor', clock.now());
    const answered = dataOf(
      await (await as('contractor')).mutation('rectifications.respond', {
        id: notice.id,
        response: '门禁已更换',
        evidenceIds: [photo.id],
      }),
    );
    expect(answered.status).toBe('answered');
    const verified = dataOf(
      await (await as('supervisor')).mutation('rectifications.verify', {
        id: notice.id,
        outcome: 'fixed',
        note: '',
      }),
    );
    expect(verified).toMatchObject({ next: null, consequence: null, notice: { status: 'fixed' } });
    const detail = dataOf(await (await as('supervisor')).query('rectifications.get', { id: notice.id }));
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0].photos.map((p: any) => p.sha256)).toEqual(['b'.repeat(64)]);
    expect(detail.finding.photos).toHaveLength(1);
    expect(detail.finding.inspection.inspectorName).toBe('supervisor-name');
    expect(dataOf(await (await as('contractor')).query('rectifications.inbox'))).toEqual([]);
    // Verified is final: the vendor can no longer change its answer.
    const late = await (await as('contractor')).mutation('rectifications.respond', {
      id: notice.id,
      response: 'again',
    });
    expect(late.status).toBe(412);
  });

  it('R17: not fixed raises round 2 linked to round 1; R22: round 2 not fixed proposes an exit warning a leader decides', async () => {
    const { clock, w, as, results, inspection } = await setUp();
    const first = dataOf(
      await (await as('supervisor')).mutation('rectifications.raise', {
        resultId: results['sec.patrol']!.id,
      }),
    );
    dataOf(
      await (await as('contractor')).mutation('rectifications.respond', { id: first.id, response: '已整改' }),
    );
    clock.set('2026-03-04T03:00:00Z');
    const v1 = dataOf(
      await (await as('supervisor')).mutation('rectifications.verify', {
        id: first.id,
        outcome: 'not_fixed',
        note: '巡逻记录仍缺失',
      }),
    );
    expect(v1.consequence).toBeNull();
    expect(v1.next).toMatchObject({ round: 2, previousId: first.id, status: 'open', severity: 'general' });
    // Wednesday 11:00 + 3 working days → Monday 17:30.
    expect(new Date(v1.next.deadlineAt).toISOString()).toBe('2026-03-09T09:30:00.000Z');
    // Retrying the same verification changes nothing.
    const retry = dataOf(
      await (await as('supervisor')).mutation('rectifications.verify', {
        id: first.id,
        outcome: 'not_fixed',
        note: 'x',
      }),
    );
    expect(retry.notice.status).toBe('not_fixed');
    const list = dataOf(
      await (await as('supervisor')).query('rectifications.list', { contractId: w.contract.id }),
    );
    expect(list.map((n: any) => n.round).sort()).toEqual([1, 2]);

    // Round 2 goes unanswered past its deadline: overdue, and then found not fixed.
    clock.set('2026-03-10T02:00:00Z');
    const overdue = dataOf(await (await as('supervisor')).query('rectifications.list', { overdue: true }));
    expect(overdue.map((n: any) => n.id)).toEqual([v1.next.id]);
    expect(overdue[0].overdue).toBe(true);
    const v2 = dataOf(
      await (await as('supervisor2')).mutation('rectifications.verify', {
        id: v1.next.id,
        outcome: 'not_fixed',
        note: '逾期未整改',
      }),
    );
    expect(v2.next.round).toBe(3);
    expect(v2.consequence).toMatchObject({
      kind: 'exit_warning',
      status: 'proposed',
      contractId: w.contract.id,
    });
    const facts = v2.consequence.facts as { type: string; id: string }[];
    expect(facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'rectification', id: first.id }),
        expect.objectContaining({ type: 'rectification', id: v1.next.id }),
        expect.objectContaining({ type: 'inspection_result', id: results['sec.patrol']!.id }),
        expect.objectContaining({ type: 'inspection', id: inspection.id }),
      ]),
    );
    expect(v2.consequence.key).toBe(`exit_warning:finding:${results['sec.patrol']!.id}`);

    // A supervisor reads proposals but cannot decide; the leader decides; a second decision conflicts.
    const pending = dataOf(
      await (await as('leader')).query('consequenceEngine.list', { status: 'proposed' }),
    );
    expect(pending.map((c: any) => c.id)).toEqual([v2.consequence.id]);
    expect(pending[0].proposedByName).toBe('supervisor2-name');
    expect(
      (
        await (
          await as('supervisor')
        ).mutation('consequenceEngine.decide', { id: v2.consequence.id, decision: 'approved', note: 'x' })
      ).status,
    ).toBe(403);
    const decided = dataOf(
      await (await as('leader')).mutation('consequenceEngine.decide', {
        id: v2.consequence.id,
        decision: 'approved',
        note: '发出书面退出警告',
      }),
    );
    expect(decided).toMatchObject({ status: 'approved', decidedBy: w.id('leader') });
    const twice = await (await as('leader2')).mutation('consequenceEngine.decide', {
      id: v2.consequence.id,
      decision: 'rejected',
      note: 'no',
    });
    expect(twice.status).toBe(409);
    const detail = dataOf(await (await as('contractor')).query('rectifications.get', { id: v1.next.id }));
    expect(detail.history.map((h: any) => [h.round, h.status])).toEqual([
      [1, 'not_fixed'],
      [2, 'not_fixed'],
      [3, 'open'],
    ]);
  });

  it('R22: whoever proposed an exit warning cannot decide it (proposer ≠ decider)', async () => {
    const { clock, w, as, results } = await setUp();
    // An admin holds every permission: verifying twice makes the admin the proposer.
    const admin = await as('admin');
    const n1 = dataOf(await admin.mutation('rectifications.raise', { resultId: results['sec.gate']!.id }));
    clock.set('2026-03-05T02:00:00Z');
    const v1 = dataOf(
      await (await as('admin')).mutation('rectifications.verify', {
        id: n1.id,
        outcome: 'not_fixed',
        note: '未回复',
      }),
    );
    clock.set('2026-03-06T10:00:00Z');
    const v2 = dataOf(
      await (await as('admin')).mutation('rectifications.verify', {
        id: v1.next.id,
        outcome: 'not_fixed',
        note: '仍未回复',
      }),
    );
    const self = await (await as('admin')).mutation('consequenceEngine.decide', {
      id: v2.consequence.id,
      decision: 'approved',
      note: 'self',
    });
    expect(self.status).toBe(403);
    const [row] = await ctx.db
      .select()
      .from(schema.consequences)
      .where(eq(schema.consequences.id, v2.consequence.id));
    expect(row!.status).toBe('proposed');
    expect(w.contract.id).toBe(row!.contractId);
  });

  it('R17: the general contractor verifies only on contracts it helps supervise', async () => {
    const { clock, as, results } = await setUp();
    const n = dataOf(
      await (await as('supervisor')).mutation('rectifications.raise', { resultId: results['sec.gate']!.id }),
    );
    dataOf(
      await (await as('contractor')).mutation('rectifications.respond', { id: n.id, response: '已修复' }),
    );
    clock.set('2026-03-02T05:00:00Z');
    const byGc = dataOf(
      await (await as('gc')).mutation('rectifications.verify', {
        id: n.id,
        outcome: 'partly_fixed',
        note: '仅修复一半',
      }),
    );
    expect(byGc.notice.status).toBe('partly_fixed');
    expect(byGc.next.round).toBe(2);
    expect(byGc.consequence).toBeNull();
  });

  it('R17: deadlines follow the working calendar across Chinese holidays and 调休 working days', async () => {
    // Thursday 30 April 2026, 10:00: 1–5 May are the Labour Day holiday → 3 working days end Friday 8 May.
    const { as, results } = await setUp('2026-04-30T02:00:00Z');
    const general = dataOf(
      await (await as('supervisor')).mutation('rectifications.raise', {
        resultId: results['sec.patrol']!.id,
      }),
    );
    expect(new Date(general.deadlineAt).toISOString()).toBe('2026-05-08T09:30:00.000Z');

    // Friday 13 February 2026: Saturday the 14th is a 调休 working day before the Spring Festival.
    const feb = await setUp('2026-02-13T02:00:00Z');
    const major = dataOf(
      await (await feb.as('supervisor')).mutation('rectifications.raise', {
        resultId: feb.results['sec.gate']!.id,
      }),
    );
    expect(new Date(major.deadlineAt).toISOString()).toBe('2026-02-14T09:30:00.000Z');

    // The tenant's own policy: major findings get 2 working days.
    const admin = await feb.as('admin');
    dataOf(
      await admin.mutation('rectifications.setPolicy', {
        deadlineWorkingDays: { major: 2, general: 5 },
        failedDeductionCenti: { not_fixed: 300, partly_fixed: 150 },
      }),
    );
    expect(dataOf(await admin.query('rectifications.policy')).deadlineWorkingDays.major).toBe(2);
    const n2 = dataOf(
      await (await feb.as('supervisor')).mutation('rectifications.raise', {
        resultId: feb.results['sec.patrol']!.id,
      }),
    );
    // Friday 13 Feb + 5 working days: Sat 14 (调休), then the holiday 15–23, Tue 24 … Fri 27.
    expect(new Date(n2.deadlineAt).toISOString()).toBe('2026-02-27T09:30:00.000Z');
  });

  it('R17: a corrected inspection’s findings cannot be raised; the correction’s can', async () => {
    const { w, as, inspection } = await setUp();
    const correction = await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-02',
      correctsInspectionId: inspection.id,
      items: [{ code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 200 }],
    });
    const [old] = await ctx.db
      .select()
      .from(schema.inspectionResults)
      .where(eq(schema.inspectionResults.inspectionId, inspection.id));
    const refused = await (await as('supervisor')).mutation('rectifications.raise', { resultId: old!.id });
    expect(refused.status).toBe(412);
    const ok = dataOf(
      await (await as('supervisor')).mutation('rectifications.raise', {
        resultId: correction.results['sec.gate']!.id,
      }),
    );
    expect(ok.inspectionId).toBe(correction.inspection.id);
  });
});
