import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { seedQuarter } from '../../../test/consequence-fixtures.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { type SupervisionWorld, seedSupervision, signedIn } from '../../../test/rectification-fixtures.ts';
import { runTenantConsequences } from './run.ts';

describeEachDatabase('issue 7: the people who decide are told, once', (ctx) => {
  async function setUp() {
    const clock = fixedClock('2026-10-10T02:00:00Z');
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, ctx.kind);
    for (const q of ['2026-Q1', '2026-Q2', '2026-Q3']) await seedQuarter(ctx.db, w, q, 85);
    return { clock, w, as: signedIn(app, w, clock) };
  }
  const mail = (w: SupervisionWorld, template: string) =>
    ctx.db
      .select()
      .from(schema.outbox)
      .where(and(eq(schema.outbox.tenantRef, w.tenant.id), eq(schema.outbox.template, template)));
  /** Who got the message, by the fixture's person key (admin-<db>-<n>@… → admin). */
  const recipients = async (w: SupervisionWorld, template: string) =>
    (await mail(w, template)).map((m) => m.recipient.slice(0, m.recipient.indexOf(`-${ctx.kind}-`))).sort();

  it('the daily engine tells each leader and admin once per proposal, however often it runs', async () => {
    const { clock, w, as } = await setUp();
    await runTenantConsequences(ctx.db, w.tenant.id, clock.now());
    await runTenantConsequences(ctx.db, w.tenant.id, clock.now());
    dataOf(await (await as('supervisor')).mutation('consequenceEngine.evaluate', {}));
    const leader = await as('leader');
    const proposals = dataOf(await leader.query('consequenceEngine.list', { status: 'proposed' }));
    expect(proposals.length).toBeGreaterThan(0);
    const sent = await mail(w, 'consequence_pending');
    // Deciders only (not the supervisors or the vendor), each exactly once.
    expect(await recipients(w, 'consequence_pending')).toEqual(['admin', 'leader', 'leader2']);
    for (const m of sent) {
      const ids = (m.payload.consequences as { id: string }[]).map((c) => c.id).sort();
      expect(ids).toEqual(proposals.map((p: { id: string }) => p.id).sort());
      expect(m.payload.count).toBe(ids.length);
    }
    // Each of them sees the same number waiting.
    expect(dataOf(await leader.query('consequenceEngine.awaitingCount'))).toEqual({
      count: proposals.length,
    });
    expect(
      dataOf(await leader.query('consequenceEngine.list', { status: 'awaiting' })).map((p: any) => p.id),
    ).toEqual(proposals.map((p: { id: string }) => p.id));
    // Someone who cannot decide has no such count.
    expect((await (await as('supervisor')).query('consequenceEngine.awaitingCount')).status).toBe(403);
  });

  it('the proposer is not asked; an approval moves the count; an appeal tells the deciders once', async () => {
    const { w, as } = await setUp();
    const leader = await as('leader');
    dataOf(await leader.mutation('consequenceEngine.evaluate', {}));
    const [proposal] = dataOf(await leader.query('consequenceEngine.list', { kind: 'termination' }));
    expect(proposal.proposedBy).toBe(w.id('leader'));
    expect(await recipients(w, 'consequence_pending')).toEqual(['admin', 'leader2']);
    const count = async (key: string) =>
      dataOf(await (await as(key)).query('consequenceEngine.awaitingCount')).count as number;
    const termination = async (key: string) =>
      dataOf(
        await (await as(key)).query('consequenceEngine.list', { status: 'awaiting', kind: 'termination' }),
      );
    expect(await termination('leader')).toEqual([]);
    expect((await termination('leader2')).map((p: any) => p.id)).toEqual([proposal.id]);

    // The first of two approvals: the approver has done their part, the other decider still may.
    dataOf(
      await (await as('leader2')).mutation('consequenceEngine.decide', {
        id: proposal.id,
        decision: 'approved',
        note: '同意',
      }),
    );
    expect(await termination('leader2')).toEqual([]);
    expect((await termination('admin')).map((p: any) => p.id)).toEqual([proposal.id]);
    const before = await count('admin');
    dataOf(
      await (await as('admin')).mutation('consequenceEngine.decide', {
        id: proposal.id,
        decision: 'approved',
        note: '复核同意',
      }),
    );
    expect(await count('admin')).toBe(before - 1);

    // The vendor appeals (a retry changes nothing): the deciders other than the proposer hear of it once.
    const appeal = { consequenceId: proposal.id, grounds: '第三季度样本不足', evidence: [] };
    dataOf(await (await as('contractor')).mutation('consequenceEngine.appeal', appeal));
    dataOf(await (await as('contractor')).mutation('consequenceEngine.appeal', appeal));
    expect(await recipients(w, 'consequence_appeal_filed')).toEqual(['admin', 'leader2']);
    const [filed] = await mail(w, 'consequence_appeal_filed');
    expect(filed!.payload.consequences).toEqual([
      expect.objectContaining({ id: proposal.id, kind: 'termination' }),
    ]);
    expect((await termination('leader2')).map((p: any) => p.id)).toEqual([proposal.id]);
    expect(await termination('leader')).toEqual([]);
  });
});
