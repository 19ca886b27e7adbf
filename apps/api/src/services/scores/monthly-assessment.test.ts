import { computeMonthlyAssessment } from '@steward/core';
import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn, submitInspection } from '../../../test/rectification-fixtures.ts';
import { assessMonth } from './assess.ts';

describeEachDatabase('R20 monthly assessment with lineage', (ctx) => {
  async function setUp() {
    const clock = fixedClock('2026-03-20T02:00:00Z');
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, ctx.kind);
    return { clock, app, w, as: signedIn(app, w, clock) };
  }

  it('R20: a month with no activity is "no data", never 100 or 0', async () => {
    const { w, as } = await setUp();
    const month = dataOf(
      await (await as('supervisor')).query('scores.month', { contractId: w.contract.id, month: '2026-03' }),
    );
    expect(month.composite).toEqual({ status: 'no-data' });
    expect(month.levels.daily.status).toBe('no-data');
    expect(month.entries).toEqual([]);
    const trend = dataOf(
      await (await as('supervisor')).query('scores.trend', {
        contractId: w.contract.id,
        months: 3,
        last: '2026-03',
      }),
    );
    expect(trend.map((m: any) => [m.month, m.composite.status])).toEqual([
      ['2026-01', 'no-data'],
      ['2026-02', 'no-data'],
      ['2026-03', 'no-data'],
    ]);
  });

  it('R20: N/A items drop out — a month of N/A only stays no data; N/A beside conform scores 100', async () => {
    const { w, as } = await setUp();
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-02-10',
      items: [{ code: 'sec.dog', result: 'na' }],
    });
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-10',
      items: [
        { code: 'sec.dog', result: 'na' },
        { code: 'sec.gate', result: 'conform' },
      ],
    });
    const api = await as('supervisor');
    const feb = dataOf(await api.query('scores.month', { contractId: w.contract.id, month: '2026-02' }));
    expect(feb.composite.status).toBe('no-data');
    expect(feb.levels.daily.counts).toMatchObject({ inspections: 1, na: 1 });
    const mar = dataOf(await api.query('scores.month', { contractId: w.contract.id, month: '2026-03' }));
    expect(mar.levels.daily).toMatchObject({ status: 'scored', score: 10_000 });
    expect(mar.composite).toMatchObject({ status: 'scored', score: 10_000 });
  });

  it('R20: a major finding deducts, and its lineage points at the inspection result, the inspector and the photo', async () => {
    const { w, as } = await setUp();
    const { inspection, results, photos } = await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-05',
      items: [
        { code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 500, photo: true },
        { code: 'sec.uniform', result: 'conform' },
      ],
    });
    const month = dataOf(
      await (await as('supervisor')).query('scores.month', { contractId: w.contract.id, month: '2026-03' }),
    );
    expect(month.levels.daily).toMatchObject({ status: 'scored', score: 9_500, deductions: 500 });
    // Only the daily level has data: the composite is that level's score, its weight re-normalised.
    expect(month.composite).toMatchObject({ status: 'scored', score: 9_500, weights: { daily: 1_000_000 } });
    expect(month.entries).toHaveLength(1);
    const [entry] = month.entries;
    expect(entry).toMatchObject({
      level: 'daily',
      sign: -1,
      points: 500,
      severity: 'major',
      source: { type: 'item_result', id: results['sec.gate']!.id, inspectionId: inspection.id },
      detail: {
        type: 'item_result',
        itemCode: 'sec.gate',
        inspection: { id: inspection.id, inspectorName: 'supervisor-name', inspectedOn: '2026-03-05' },
        photos: [{ id: photos[0]!.id, sha256: photos[0]!.sha256 }],
      },
    });
    expect(month.explanation.levels.find((l: any) => l.level === 'daily').lines[0].delta).toBe('-5');
    // The vendor reads its own contract's score; another vendor's contractor cannot.
    expect((await (await as('contractor')).query('scores.month', { contractId: w.contract.id })).status).toBe(
      200,
    );
    expect(
      (await (await as('other_contractor')).query('scores.month', { contractId: w.contract.id })).status,
    ).toBe(404);
  });

  it('R20: recomputation is deterministic — same records, same score, same inputs hash; a change shows in the hash', async () => {
    const { w } = await setUp();
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-03',
      items: [
        { code: 'sec.gate', result: 'nonconform', deductionCenti: 200 },
        { code: 'sec.patrol', result: 'nonconform', deductionCenti: 150, severity: 'major' },
      ],
    });
    await submitInspection(ctx.db, w, {
      kind: 'joint',
      inspectedOn: '2026-03-12',
      items: [{ code: 'vc.wages', result: 'nonconform', deductionCenti: 300 }],
    });
    const compute = () =>
      inTenant(ctx.db, { tenantId: w.tenant.id, userId: null }, (tx) =>
        assessMonth(tx, w.tenant, w.contract, '2026-03'),
      );
    const first = await compute();
    const second = await compute();
    expect(second.assessment).toEqual(first.assessment);
    expect(second.inputsHash).toBe(first.inputsHash);
    expect(first.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    // The pure core gives the same again from the gathered input alone, in any order.
    const reversed = {
      ...first.gathered.input,
      inspections: [...first.gathered.input.inspections].reverse(),
    };
    expect(computeMonthlyAssessment(reversed, first.rules)).toEqual(first.assessment);
    // daily 100 − 3.5 = 96.5; monthly 100 − 3 = 97; composite (50·96.5 + 30·97)/80 = 96.6875 → 96.69.
    expect(first.assessment.composite).toMatchObject({ status: 'scored', score: 9_669 });
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-13',
      items: [{ code: 'sec.gate', result: 'conform' }],
    });
    const third = await compute();
    expect(third.inputsHash).not.toBe(first.inputsHash);
  });

  it('R20: the contract’s weights override the defaults; self-inspections are reported apart', async () => {
    const { w, as } = await setUp();
    await ctx.db
      .update(schema.contracts)
      .set({ weights: { daily: 600_000, monthly: 400_000, semiannual: 0, self: 0 } })
      .where(eq(schema.contracts.id, w.contract.id));
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-03',
      items: [{ code: 'sec.gate', result: 'nonconform', deductionCenti: 1000 }],
    });
    await submitInspection(ctx.db, w, {
      kind: 'joint',
      inspectedOn: '2026-03-04',
      items: [{ code: 'vc.wages', result: 'conform' }],
    });
    await submitInspection(ctx.db, w, {
      kind: 'self',
      inspector: 'contractor',
      inspectedOn: '2026-03-04',
      items: [{ code: 'sec.gate', result: 'nonconform', deductionCenti: 5000 }],
    });
    const month = dataOf(
      await (await as('leader')).query('scores.month', { contractId: w.contract.id, month: '2026-03' }),
    );
    expect(month.weightsSource).toBe('contract');
    // 0.6 · 90 + 0.4 · 100 = 94; the vendor's own 50 is reported but not weighed.
    expect(month.composite).toMatchObject({ status: 'scored', score: 9_400 });
    expect(month.self).toMatchObject({ status: 'scored', score: 5_000 });
  });

  it('R20: a correction replaces the original’s results in the score', async () => {
    const { w, as } = await setUp();
    const original = await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-05',
      items: [{ code: 'sec.gate', result: 'nonconform', deductionCenti: 800 }],
    });
    const api = await as('supervisor');
    expect(
      dataOf(await api.query('scores.month', { contractId: w.contract.id, month: '2026-03' })).composite
        .score,
    ).toBe(9_200);
    const correction = await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-05',
      correctsInspectionId: original.inspection.id,
      items: [{ code: 'sec.gate', result: 'nonconform', deductionCenti: 200 }],
    });
    const month = dataOf(await api.query('scores.month', { contractId: w.contract.id, month: '2026-03' }));
    expect(month.composite.score).toBe(9_800);
    expect(month.entries.map((e: any) => e.source.inspectionId)).toEqual([correction.inspection.id]);
    expect(month.superseded.map((s: any) => s.id)).toEqual([original.inspection.id]);
  });

  it('R20: a failed rectification deducts in the month it was verified, traced to the notice', async () => {
    const { clock, w, as } = await setUp();
    const { results } = await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-16',
      items: [{ code: 'sec.patrol', result: 'nonconform', deductionCenti: 100 }],
    });
    clock.set('2026-03-16T02:00:00Z');
    const n = dataOf(
      await (await as('supervisor')).mutation('rectifications.raise', {
        resultId: results['sec.patrol']!.id,
      }),
    );
    clock.set('2026-03-20T02:00:00Z');
    dataOf(
      await (await as('supervisor')).mutation('rectifications.verify', {
        id: n.id,
        outcome: 'not_fixed',
        note: '逾期',
      }),
    );
    const month = dataOf(
      await (await as('supervisor')).query('scores.month', { contractId: w.contract.id, month: '2026-03' }),
    );
    const failed = month.entries.find((e: any) => e.source.type === 'rectification');
    expect(failed).toMatchObject({
      level: 'monthly',
      points: 200,
      detail: { round: 1, status: 'not_fixed', note: '逾期' },
    });
    expect(month.levels.monthly).toMatchObject({ status: 'scored', score: 9_800 });
  });

  it('R20, ASVS 2.3.5: a bonus counts only after someone else approves it', async () => {
    const { w, as } = await setUp();
    const supervisor = await as('supervisor');
    const bonus = dataOf(
      await supervisor.mutation('scores.bonuses.enter', {
        contractId: w.contract.id,
        month: '2026-03',
        level: 'monthly',
        pointsCenti: 200,
        reason: '获市级表彰',
      }),
    );
    const before = dataOf(
      await supervisor.query('scores.month', { contractId: w.contract.id, month: '2026-03' }),
    );
    expect(before.composite.status).toBe('no-data');
    // The supervisor holds no approval; an admin who entered a bonus cannot approve their own.
    expect((await supervisor.mutation('scores.bonuses.approve', { id: bonus.id })).status).toBe(403);
    const admin = await as('admin');
    const own = dataOf(
      await admin.mutation('scores.bonuses.enter', {
        contractId: w.contract.id,
        month: '2026-03',
        level: 'monthly',
        pointsCenti: 100,
        reason: '经验被推广',
      }),
    );
    expect((await admin.mutation('scores.bonuses.approve', { id: own.id })).status).toBe(403);
    const pending = dataOf(await (await as('leader')).query('scores.bonuses.list', { pending: true }));
    expect(pending).toHaveLength(2);
    dataOf(await (await as('leader')).mutation('scores.bonuses.approve', { id: bonus.id }));
    const after = dataOf(
      await supervisor.query('scores.month', { contractId: w.contract.id, month: '2026-03' }),
    );
    expect(after.levels.monthly).toMatchObject({ status: 'scored', score: 10_000, bonuses: 200 });
    const line = after.entries.find((e: any) => e.source.type === 'bonus');
    expect(line).toMatchObject({
      sign: 1,
      points: 200,
      detail: { reason: '获市级表彰', enteredByName: 'supervisor-name', approvedByName: 'leader-name' },
    });
    // The cap above 100 is recorded as its own line, so the lineage still sums to the score.
    expect(after.entries.some((e: any) => e.source.type === 'adjustment')).toBe(true);
    const overview = dataOf(await (await as('leader')).query('scores.overview', { month: '2026-03' }));
    expect(overview.contracts.find((c: any) => c.contractId === w.contract.id).composite.status).toBe(
      'scored',
    );
  });
});
