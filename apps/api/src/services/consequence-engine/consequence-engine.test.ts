import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { seedQuarter } from '../../../test/consequence-fixtures.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import {
  gateFinding,
  seedSupervision,
  signedIn,
  submitInspection,
} from '../../../test/rectification-fixtures.ts';
import { exitWarningKey } from './exit-warning.ts';
import { runTenantConsequences } from './run.ts';

describeEachDatabase('issue 7: consequences that bite', (ctx) => {
  async function setUp(now = '2026-10-15T02:00:00Z') {
    const clock = fixedClock(now);
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, ctx.kind);
    return { clock, app, w, as: signedIn(app, w, clock) };
  }
  const keysOf = (rows: { key: string }[]) => rows.map((r) => r.key).sort();

  it('R22 at its edge: below target Q1, Q2 → an early warning, no proposal; Q3 → a termination proposal citing the three rounds', async () => {
    const { w, as, clock } = await setUp('2026-07-10T02:00:00Z');
    const r1 = await seedQuarter(ctx.db, w, '2026-Q1', 85);
    const r2 = await seedQuarter(ctx.db, w, '2026-Q2', 80);
    const sup = await as('supervisor');
    dataOf(await sup.mutation('consequenceEngine.evaluate', {}));
    const leader = await as('leader');
    expect(
      dataOf(await leader.query('consequenceEngine.list', {})).filter((c: any) => c.kind === 'termination'),
    ).toEqual([]);
    const warnings = dataOf(await leader.query('consequenceEngine.warnings'));
    expect(warnings.map((x: any) => [x.key, x.current, x.threshold])).toEqual([
      [`warning:termination:quarters:${w.contract.id}:2026-Q2`, 2, 3],
    ]);
    expect(warnings[0].text).toContain('3个季度');
    // The vendor sees its own warning; another vendor sees nothing.
    expect(dataOf(await (await as('contractor')).query('consequenceEngine.myWarnings'))).toHaveLength(1);
    expect(dataOf(await (await as('other_contractor')).query('consequenceEngine.myWarnings'))).toEqual([]);

    clock.set('2026-10-10T02:00:00Z');
    const r3 = await seedQuarter(ctx.db, w, '2026-Q3', 85);
    const [sup2, leader2] = [await as('supervisor'), await as('leader')];
    dataOf(await sup2.mutation('consequenceEngine.evaluate', {}));
    dataOf(await sup2.mutation('consequenceEngine.evaluate', {})); // a retry proposes nothing twice
    const list = dataOf(await leader2.query('consequenceEngine.list', {}));
    const terminations = list.filter((c: any) => c.kind === 'termination');
    expect(terminations).toHaveLength(1);
    expect(terminations[0]).toMatchObject({
      key: `termination:quarters:${w.contract.id}:2026-Q3`,
      rule: 'satisfaction_quarters',
      requirement: 'R22',
      status: 'proposed',
      approvalsRequired: 2,
      proposedBy: w.id('supervisor'),
    });
    expect(terminations[0].facts.map((f: any) => f.id)).toEqual([r1.id, r2.id, r3.id]);
    // The 2-quarter warning gave way to the proposal.
    expect(dataOf(await leader2.query('consequenceEngine.warnings'))).toEqual([]);
  });

  it('R22: low, ok, low, low → no termination (the run was broken), only the warning', async () => {
    const { w, as } = await setUp('2027-01-10T02:00:00Z');
    await seedQuarter(ctx.db, w, '2026-Q1', 85);
    await seedQuarter(ctx.db, w, '2026-Q2', 95);
    await seedQuarter(ctx.db, w, '2026-Q3', 85);
    await seedQuarter(ctx.db, w, '2026-Q4', 80);
    const run = await runTenantConsequences(ctx.db, w.tenant.id, new Date('2027-01-10T02:00:00Z'));
    // R18: the daily run drafted last month's bulletin, once.
    expect(run?.bulletinDrafted).toBe('2026-12');
    expect(
      (await runTenantConsequences(ctx.db, w.tenant.id, new Date('2027-01-11T02:00:00Z')))?.bulletinDrafted,
    ).toBe(null);
    const leader = await as('leader');
    const list = dataOf(await leader.query('consequenceEngine.list', {}));
    expect(list.filter((c: any) => c.kind === 'termination')).toEqual([]);
    // R21: the 95 % quarter earns its tier's reward (a system proposal: no proposer).
    expect(list.map((c: any) => [c.key, c.kind, c.amountFen, c.proposedBy])).toEqual([
      [`satisfaction:${w.contract.id}:2026-Q2`, 'reward', 1_000_000, null],
    ]);
    expect(keysOf(dataOf(await leader.query('consequenceEngine.warnings')))).toEqual([
      `warning:termination:quarters:${w.contract.id}:2026-Q4`,
      // 2026 as a whole was below target too: one year of two.
      `warning:termination:years:${w.contract.id}:2026`,
    ]);
  });

  it('a back-test reports what a changed rule would have done, and writes nothing', async () => {
    const { w, as } = await setUp('2026-07-10T02:00:00Z');
    await seedQuarter(ctx.db, w, '2026-Q1', 85);
    await seedQuarter(ctx.db, w, '2026-Q2', 96);
    const leader = await as('leader');
    const { rules } = dataOf(await leader.query('consequenceEngine.rules'));
    const changed = {
      ...rules,
      terminationQuarters: 1,
      satisfactionTiers: [
        { from: 0, name: '不满意', amountFen: 0 },
        { from: 95, name: '满意', amountFen: 1_500_000 },
      ],
    };
    const result = dataOf(await leader.query('consequenceEngine.backtest', { rules: changed }));
    expect(result.differences.map((d: any) => [d.key, d.change])).toEqual([
      [`satisfaction:${w.contract.id}:2026-Q2`, 'changed'],
      [`termination:quarters:${w.contract.id}:2026-Q1`, 'added'],
    ]);
    expect(result.totals.before).toMatchObject({ rewardFen: 1_000_000, terminations: 0 });
    expect(result.totals.after).toMatchObject({ rewardFen: 1_500_000, terminations: 1 });
    const stored = await inTenant(ctx.db, { tenantId: w.tenant.id, userId: null }, (tx) =>
      tx.select().from(schema.consequences),
    );
    expect(stored).toEqual([]);
    // A contract may override the tenant's rules; the override is validated by the core.
    const bad = await leader.mutation('consequenceEngine.setContractRules', {
      contractId: w.contract.id,
      overrides: { scoreBands: [{ from: 10, name: 'x', amountFen: 0 }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.fieldErrors).toHaveProperty(['scoreBands.0.from']);
    const ok = dataOf(
      await leader.mutation('consequenceEngine.setContractRules', {
        contractId: w.contract.id,
        overrides: { terminationQuarters: 2 },
      }),
    );
    expect(ok.effective.terminationQuarters).toBe(2);
  });

  it('two-person approval: the proposer cannot decide, one person cannot approve twice, a second person makes it effective', async () => {
    const { w, as, clock } = await setUp('2026-10-10T02:00:00Z');
    for (const q of ['2026-Q1', '2026-Q2', '2026-Q3']) await seedQuarter(ctx.db, w, q, 85);
    const leader = await as('leader');
    dataOf(await leader.mutation('consequenceEngine.evaluate', {}));
    const [proposal] = dataOf(await leader.query('consequenceEngine.list', { status: 'proposed' }));
    expect(proposal.kind).toBe('termination');
    const self = await leader.mutation('consequenceEngine.decide', {
      id: proposal.id,
      decision: 'approved',
      note: '同意',
    });
    expect(self.status).toBe(403);
    const supervisor = await as('supervisor');
    expect(
      (
        await supervisor.mutation('consequenceEngine.decide', {
          id: proposal.id,
          decision: 'approved',
          note: 'x',
        })
      ).status,
    ).toBe(403);
    const admin = await as('admin');
    const first = dataOf(
      await admin.mutation('consequenceEngine.decide', {
        id: proposal.id,
        decision: 'approved',
        note: '同意',
      }),
    );
    expect(first.status).toBe('endorsed');
    // The same person again: nothing more counts (a retry), the proposal still waits for a second approver.
    const again = dataOf(
      await admin.mutation('consequenceEngine.decide', {
        id: proposal.id,
        decision: 'approved',
        note: '同意',
      }),
    );
    expect(again.status).toBe('endorsed');
    const detail = dataOf(await admin.query('consequenceEngine.detail', { id: proposal.id }));
    expect(detail.steps.map((s: any) => [s.step, s.decidedBy])).toEqual([['approve', w.id('admin')]]);
    const second = dataOf(
      await (await as('leader2')).mutation('consequenceEngine.decide', {
        id: proposal.id,
        decision: 'approved',
        note: '复核同意',
      }),
    );
    expect(second).toMatchObject({ status: 'approved', decidedBy: w.id('leader2') });
    // 10 working days from Sat 10 Oct 2026 on the official calendar.
    expect(second.appealUntil).toBe('2026-10-23');
    // The vendor was told.
    const mail = await ctx.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.template, 'consequence_decided'));
    expect(mail.map((m) => m.recipient)).toEqual([expect.stringContaining('contractor-')]);
    // The vendor appeals with evidence within the period; the record keeps it.
    const vendor = await as('contractor');
    const appeal = dataOf(
      await vendor.mutation('consequenceEngine.appeal', {
        consequenceId: proposal.id,
        grounds: '第二季度测评样本不足',
        evidence: [{ name: 'letter.pdf', contentType: 'application/pdf', base64: btoa('%PDF-1.4 letter') }],
      }),
    );
    expect(appeal.evidence[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (await (await as('other_contractor')).query('consequenceEngine.mineDetail', { id: proposal.id }))
        .status,
    ).toBe(404);
    const resolved = dataOf(
      await (await as('leader2')).mutation('consequenceEngine.resolveAppeal', {
        appealId: appeal.id,
        outcome: 'dismissed',
        note: '样本符合要求',
      }),
    );
    expect(resolved.status).toBe('dismissed');
    // After the period (10 working days), no appeal is taken.
    clock.set('2026-10-26T02:00:00Z');
    const late = await (await as('contractor')).mutation('consequenceEngine.appeal', {
      consequenceId: proposal.id,
      grounds: '再次申诉',
      evidence: [],
    });
    expect(late.status).toBe(412);
    expect(late.body.error.data.messageKey).toBe('consequence.appeal_period_over');
  });

  it('R19: the ledger never goes below zero — the engine and the transaction cap a deduction — and entries cannot change', async () => {
    const { w, as } = await setUp('2026-03-05T02:00:00Z');
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-02-10',
      items: [{ code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 4000 }],
    });
    const admin = await as('admin');
    dataOf(
      await admin.mutation('consequenceEngine.recordDeposit', {
        contractId: w.contract.id,
        kind: 'received',
        amountFen: 500_000,
        note: '保证金到账',
      }),
    );
    dataOf(await (await as('supervisor')).mutation('consequenceEngine.evaluate', {}));
    const [deduction] = dataOf(await admin.query('consequenceEngine.list', { status: 'proposed' }));
    expect(deduction).toMatchObject({
      kind: 'deduction',
      amountFen: 500_000,
      requestedFen: 1_000_000,
      period: '2026-02',
    });
    expect(deduction.facts[0]).toMatchObject({ type: 'monthly_assessment', period: '2026-02' });
    dataOf(
      await admin.mutation('consequenceEngine.decide', {
        id: deduction.id,
        decision: 'approved',
        note: 'ok',
      }),
    );
    dataOf(
      await (await as('leader')).mutation('consequenceEngine.decide', {
        id: deduction.id,
        decision: 'approved',
        note: 'ok',
      }),
    );
    const ledger = dataOf(await admin.query('consequenceEngine.ledger', { contractId: w.contract.id }));
    expect(ledger.balanceFen).toBe(0);
    expect(ledger.entries.map((e: any) => [e.seq, e.kind, e.amountFen, e.balanceAfterFen])).toEqual([
      [1, 'received', 500_000, 500_000],
      [2, 'deduction', 500_000, 0],
    ]);
    expect(ledger.entries[1].consequenceId).toBe(deduction.id);
    expect(ledger.entries[1].decisionId).toEqual(expect.any(String));
    // The vendor sees its own ledger, another vendor does not.
    expect(
      dataOf(await (await as('contractor')).query('consequenceEngine.ledger', { contractId: w.contract.id }))
        .balanceFen,
    ).toBe(0);
    expect(
      (await (await as('other_contractor')).query('consequenceEngine.ledger', { contractId: w.contract.id }))
        .status,
    ).toBe(404);
    const refund = await admin.mutation('consequenceEngine.recordDeposit', {
      contractId: w.contract.id,
      kind: 'refund',
      amountFen: 1,
      note: '',
    });
    expect(refund.status).toBe(400);
    expect(refund.body.error.data.fieldErrors.amountFen).toEqual(['金额超过保证金余额。']);

    const scope = { tenantId: w.tenant.id, userId: null };
    const attempt = (statement: ReturnType<typeof sql>) =>
      inTenant(ctx.db, scope, (tx) => tx.execute(statement)).then(
        () => 'done',
        (e: Error) => String((e as { cause?: Error }).cause?.message ?? e.message),
      );
    expect(await attempt(sql`update deposit_ledger set amount_fen = 1`)).toMatch(
      /permission denied|cannot be changed/,
    );
    expect(await attempt(sql`delete from deposit_ledger`)).toMatch(/permission denied|cannot be changed/);
    // Not even the owner role may rewrite history.
    const owner = await ctx.db.execute(sql`update deposit_ledger set amount_fen = 1`).then(
      () => 'done',
      (e: Error) => String((e as { cause?: Error }).cause?.message ?? e.message),
    );
    expect(owner).toMatch(/cannot be changed/);
    const forged = await attempt(
      sql`insert into deposit_ledger (tenant_id, contract_id, seq, kind, amount_fen, balance_effect_fen, balance_after_fen, facts, recorded_at)
          values (${w.tenant.id}, ${w.contract.id}, 3, 'deduction', 1, -1, -1, '[]', now())`,
    );
    expect(forged).toMatch(/deposit_ledger_balance_non_negative|check constraint/);
    // The vendor appeals within the period; upheld, the deduction comes back as a reversal entry.
    const appeal = dataOf(
      await (await as('contractor')).mutation('consequenceEngine.appeal', {
        consequenceId: deduction.id,
        grounds: '二月检查记录有误',
        evidence: [],
      }),
    );
    dataOf(
      await (await as('leader2')).mutation('consequenceEngine.resolveAppeal', {
        appealId: appeal.id,
        outcome: 'upheld',
        note: '核实记录有误',
      }),
    );
    const after = dataOf(await admin.query('consequenceEngine.ledger', { contractId: w.contract.id }));
    expect(after.entries.map((e: any) => [e.kind, e.balanceAfterFen])).toEqual([
      ['received', 500_000],
      ['deduction', 0],
      ['reversal', 500_000],
    ]);
    expect(dataOf(await admin.query('consequenceEngine.detail', { id: deduction.id })).status).toBe(
      'withdrawn',
    );
    const rows = await ctx.db
      .select()
      .from(schema.depositLedger)
      .where(and(eq(schema.depositLedger.contractId, w.contract.id)));
    expect(rows.map((r) => r.amountFen)).toEqual([500_000, 500_000, 500_000]);
  });

  it("R22: a rectification failed twice → one exit-warning proposal under the rectification service's key", async () => {
    const { w } = await setUp('2026-04-10T02:00:00Z');
    const base = {
      ...(await gateFinding(ctx.db, w)),
      verifiedAt: new Date('2026-03-04T03:00:00Z'),
      verifiedBy: w.id('supervisor'),
    };
    await ctx.db.insert(schema.rectifications).values([
      { ...base, round: 1, status: 'not_fixed' },
      { ...base, round: 2, status: 'not_fixed' },
    ]);
    await runTenantConsequences(ctx.db, w.tenant.id, new Date('2026-04-10T02:00:00Z'));
    await runTenantConsequences(ctx.db, w.tenant.id, new Date('2026-04-11T02:00:00Z'));
    const rows = await ctx.db
      .select()
      .from(schema.consequences)
      .where(eq(schema.consequences.kind, 'exit_warning'));
    expect(rows.map((r) => [r.key, r.approvalsRequired, r.proposedBy])).toEqual([
      [exitWarningKey(base.resultId), 1, null],
    ]);
    expect(rows[0]!.facts.map((f) => f.type)).toEqual(['rectification_notice', 'rectification_notice']);
  });
});
