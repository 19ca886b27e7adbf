import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn } from '../../../test/rectification-fixtures.ts';

describeEachDatabase('R22: re-tender at 3 years; an incumbent that loses it exits', (ctx) => {
  // The contract started 2023-01-01 (re-tender date 2026-01-01) and ends 2026-06-30.
  async function setUp(now = '2026-01-15T02:00:00Z') {
    const clock = fixedClock(now);
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, ctx.kind);
    await ctx.db
      .update(schema.contracts)
      .set({ startsOn: '2023-01-01', endsOn: '2026-06-30' })
      .where(eq(schema.contracts.id, w.contract.id));
    const as = signedIn(app, w, clock);
    const sup = await as('supervisor');
    const leader = await as('leader');
    const consequencesOf = async (kind: string) =>
      dataOf(await leader.query('consequenceEngine.list', {})).filter((c: any) => c.kind === kind);
    return { w, as, sup, leader, consequencesOf };
  }

  it('another vendor wins: the exit proposal cites the tender and award, needs two leaders, the vendor can appeal', async () => {
    const { w, as, sup, leader, consequencesOf } = await setUp();
    dataOf(await sup.mutation('consequenceEngine.evaluate', { contractId: w.contract.id }));
    const [flag] = await consequencesOf('retender');
    expect(flag).toMatchObject({ key: `retender:${w.contract.id}:2026-01-01`, approvalsRequired: 1 });

    const opened = dataOf(
      await sup.mutation('tenders.open', {
        contractId: w.contract.id,
        flagConsequenceId: flag.id,
        openedOn: '2025-11-20',
      }),
    );
    expect(opened).toMatchObject({ status: 'open', dueOn: '2026-01-01', incumbentVendorId: w.vendor.id });
    expect(opened.openedOn).toBe('2025-11-20');
    // A retried open finds the same tender.
    const again = dataOf(await sup.mutation('tenders.open', { contractId: w.contract.id }));
    expect(again.id).toBe(opened.id);

    for (const [vendorId, priceFen] of [
      [w.vendor.id, 118_000_000],
      [w.otherVendor.id, 112_000_000],
    ] as const) {
      dataOf(await sup.mutation('tenders.recordBid', { tenderId: opened.id, vendorId, priceFen }));
    }
    const award = {
      tenderId: opened.id,
      winnerVendorId: w.otherVendor.id,
      awardedOn: '2026-01-14',
      awardReference: 'ZB-2026-001',
      handoverUntil: '2026-07-31',
    };
    const early = await sup.mutation('tenders.award', { ...award, awardedOn: '2025-11-19' });
    expect(early.body.error.data.fieldErrors.awardedOn).toEqual(['定标日期不能早于招标开始日期。']);
    // The winner must be a bidder: a clear, localized field error.
    const gc = await sup.mutation('tenders.award', {
      ...award,
      winnerVendorId: w.contract.generalContractorId,
    });
    expect(gc.status).toBe(400);
    expect(gc.body.error.data.fieldErrors.winnerVendorId).toEqual(['中标单位必须是已登记的投标单位。']);

    const result = dataOf(await sup.mutation('tenders.award', award));
    expect(result.proposals.map((p: any) => p.kind)).toEqual(['exit']);
    // A retry changes nothing and proposes nothing twice; neither does the engine's next run.
    expect(dataOf(await sup.mutation('tenders.award', award)).proposals).toEqual([]);
    dataOf(await sup.mutation('consequenceEngine.evaluate', {}));
    const [exit] = await consequencesOf('exit');
    expect(await consequencesOf('exit')).toHaveLength(1);
    expect(exit).toMatchObject({
      key: `exit:retender:${w.contract.id}:${opened.id}`,
      rule: 'retender_lost',
      requirement: 'R22',
      period: '2026-06-30',
      status: 'proposed',
      approvalsRequired: 2,
      proposedBy: w.id('supervisor'),
    });
    expect(exit.facts.map((f: any) => [f.type, f.value])).toEqual([
      ['tender', '2026-01-14'],
      ['tender_award', 'ZB-2026-001'],
      ['contract', '2026-06-30'],
    ]);
    expect(exit.text).toContain('中标通知书ZB-2026-001');
    expect(exit.text).toContain('交接期至2026-07-31');

    // Closed to changes once awarded.
    const late = await sup.mutation('tenders.recordBid', { tenderId: opened.id, vendorId: w.vendor.id });
    expect(late.status).toBe(409);

    // Two leaders decide; the supervisor who proposed it may not.
    const decide = (c: any, note: string) =>
      c.mutation('consequenceEngine.decide', { id: exit.id, decision: 'approved', note });
    expect((await decide(sup, '同意')).status).toBe(403);
    expect(dataOf(await decide(leader, '同意')).status).toBe('endorsed');
    expect((await decide(leader, '同意')).status).toBe(200); // a retry: still endorsed
    const decided = dataOf(await decide(await as('leader2'), '复核同意'));
    expect(decided).toMatchObject({ status: 'approved', appealUntil: expect.any(String) });
    const mail = await ctx.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.template, 'consequence_decided'));
    expect(mail.map((m) => m.recipient)).toEqual([expect.stringContaining('contractor-')]);
    const vendor = await as('contractor');
    expect(dataOf(await vendor.query('consequenceEngine.mine', {})).map((c: any) => c.kind)).toContain(
      'exit',
    );
    dataOf(
      await vendor.mutation('consequenceEngine.appeal', { consequenceId: exit.id, grounds: '评标有误' }),
    );
    // The vendor does not see the tender's bids.
    expect((await vendor.query('tenders.forContract', { contractId: w.contract.id })).status).toBe(403);

    const view = dataOf(await leader.query('tenders.forContract', { contractId: w.contract.id }));
    expect(view.tenders[0]).toMatchObject({
      status: 'awarded',
      incumbentWon: false,
      winnerName: w.otherVendor.legalName,
      exit: { id: exit.id, status: 'approved' },
    });
    expect(view.tenders[0].bids).toHaveLength(2);
    expect(view.nextDueOn).toBe(null);
    const audit = await ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, opened.id));
    expect(audit.map((a) => a.action)).toEqual(['tender.open', 'tender.bid', 'tender.bid', 'tender.award']);
  });

  it('the incumbent wins: no exit, the flag is satisfied and the clock runs on; a cancelled tender changes nothing', async () => {
    const { w, sup, leader, consequencesOf } = await setUp('2025-12-01T02:00:00Z');
    dataOf(await sup.mutation('consequenceEngine.evaluate', {}));
    // A month before the date: the early warning, no flag yet.
    const [warning] = dataOf(await leader.query('consequenceEngine.warnings'));
    expect(warning).toMatchObject({ key: `warning:retender:${w.contract.id}:2026-01-01` });
    expect(warning.text).toContain('1个月后');

    const first = dataOf(await sup.mutation('tenders.open', { contractId: w.contract.id }));
    expect(first.dueOn).toBe('2026-01-01');
    dataOf(await sup.mutation('tenders.recordBid', { tenderId: first.id, vendorId: w.otherVendor.id }));
    dataOf(await sup.mutation('tenders.cancel', { tenderId: first.id, reason: '流标' }));
    dataOf(await sup.mutation('consequenceEngine.evaluate', {}));
    expect(await consequencesOf('exit')).toEqual([]);

    const second = dataOf(await sup.mutation('tenders.open', { contractId: w.contract.id }));
    expect(second.id).not.toBe(first.id);
    dataOf(await sup.mutation('tenders.recordBid', { tenderId: second.id, vendorId: w.vendor.id }));
    const won = dataOf(
      await sup.mutation('tenders.award', {
        tenderId: second.id,
        winnerVendorId: w.vendor.id,
        awardedOn: '2025-12-01',
        awardReference: 'ZB-2025-088',
      }),
    );
    expect(won.proposals).toEqual([]);
    dataOf(await sup.mutation('consequenceEngine.evaluate', {}));
    expect(await consequencesOf('exit')).toEqual([]);
    expect(await consequencesOf('retender')).toEqual([]);
    expect(dataOf(await leader.query('consequenceEngine.warnings'))).toEqual([]);
    const view = dataOf(await leader.query('tenders.forContract', { contractId: w.contract.id }));
    expect(view.nextDueOn).toBe('2029-01-01');
    expect(view.tenders.map((t: any) => [t.status, t.incumbentWon]).sort()).toEqual([
      ['awarded', true],
      ['cancelled', null],
    ]);
  });
});
