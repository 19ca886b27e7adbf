import { isWorkingDay } from '@steward/core';
import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { tenantCalendar } from '../services/rectifications/policy.ts';
import { assessMonth } from '../services/scores/assess.ts';
import { monthsEndingAt } from '../services/scores/month.ts';
import { seedDemoIfEmpty } from './index.ts';

describeEachDatabase('demo supervision history', (ctx) => {
  it('gives the demo contracts a year of inspections, findings with photos, notices and scores', async () => {
    const now = new Date('2026-10-09T01:00:00Z');
    await seedDemoIfEmpty({ db: ctx.db, logger: createLogger({ write: () => {} }), now });
    const [tenant] = await ctx.db.select().from(schema.tenants);
    const notices = await ctx.db
      .select()
      .from(schema.rectifications)
      .where(eq(schema.rectifications.tenantId, tenant!.id));
    const states = new Set(notices.map((n) => n.status));
    for (const s of ['open', 'fixed', 'partly_fixed', 'not_fixed']) expect(states.has(s), s).toBe(true);
    expect(notices.some((n) => n.status === 'open' && n.deadlineAt < now)).toBe(true);
    // Older months are settled: what is still open or unverified was issued in the last three months.
    const curatedFrom = new Date('2026-08-01T00:00:00+08:00');
    expect(notices.filter((n) => n.issuedAt < curatedFrom).length).toBeGreaterThan(50);
    expect(
      notices.filter((n) => n.issuedAt < curatedFrom && !['fixed', 'partly_fixed'].includes(n.status)),
    ).toEqual([]);
    // Partly fixed notices were followed by a second round, fixed.
    for (const n of notices.filter((x) => x.status === 'partly_fixed' && x.issuedAt < curatedFrom))
      expect(notices.find((x) => x.previousId === n.id)?.status, n.id).toBe('fixed');
    const proposals = await ctx.db
      .select()
      .from(schema.consequences)
      .where(eq(schema.consequences.tenantId, tenant!.id));
    // Issue 7's demo part proposes rewards and deductions too; the history gives exactly one exit warning.
    expect(proposals.filter((p) => p.kind === 'exit_warning').map((p) => p.kind)).toEqual(['exit_warning']);

    const inspections = await ctx.db.select().from(schema.inspections);
    expect(inspections.every((i) => i.status === 'submitted' && i.inspectedOn <= '2026-10-09')).toBe(true);
    const months = monthsEndingAt('2026-10', 13);
    const contracts = await ctx.db.select().from(schema.contracts);
    const calendar = tenantCalendar(tenant!);
    expect(inspections.filter((i) => !isWorkingDay(calendar, i.inspectedOn))).toEqual([]);
    for (const month of months.slice(0, 12)) {
      const of = inspections.filter((i) => i.inspectedOn.startsWith(month));
      // Patrols every month, a joint inspection per contract each month.
      expect(of.filter((i) => i.kind === 'patrol').length, month).toBeGreaterThanOrEqual(10);
      expect(new Set(of.filter((i) => i.kind === 'joint').map((i) => i.contractId)).size, month).toBe(5);
    }
    // The leaders' semi-annual inspection in December and June, and the vendors' self-inspections.
    const leadership = inspections
      .filter((i) => i.kind === 'leadership')
      .map((i) => i.inspectedOn.slice(0, 7));
    expect([...new Set(leadership)].sort()).toEqual(['2025-12', '2026-06']);
    expect(inspections.some((i) => i.kind === 'self' && i.source === 'self')).toBe(true);
    // Findings carry photos, in the oldest month and in the curated ones alike.
    const photos = await ctx.db.select().from(schema.evidence);
    const photographed = new Set(photos.map((e) => e.inspectionId));
    for (const month of [months[0]!, '2026-09'])
      expect(
        inspections.some((i) => i.inspectedOn.startsWith(month) && photographed.has(i.id)),
        month,
      ).toBe(true);

    // A scored month for every contract in each of the twelve completed months, not all alike.
    await inTenant(ctx.db, { tenantId: tenant!.id, userId: null }, async (tx) => {
      const scores: number[] = [];
      for (const contract of contracts)
        for (const month of months.slice(0, 12)) {
          const { assessment } = await assessMonth(tx, tenant!, contract, month);
          expect(assessment.composite.status, `${contract.code} ${month}`).toBe('scored');
          if (assessment.composite.status === 'scored') scores.push(assessment.composite.score);
        }
      expect(Math.min(...scores)).toBeGreaterThan(6000);
      expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(500);
    });
  }, 180_000);
});
