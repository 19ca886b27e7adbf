import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { seedDemoIfEmpty } from './index.ts';

describeEachDatabase('demo consequences (issue 7)', (ctx) => {
  it('the demo year gives early warnings, one exit warning, a year of proposals, deposits and a bulletin a month', async () => {
    const now = new Date('2026-10-09T01:00:00Z');
    await seedDemoIfEmpty({ db: ctx.db, logger: createLogger({ write: () => {} }), now });
    const [tenant] = await ctx.db.select().from(schema.tenants);
    const warnings = await ctx.db
      .select()
      .from(schema.consequenceWarnings)
      .where(isNull(schema.consequenceWarnings.clearedAt));
    expect(
      warnings.some((w) => w.rule === 'satisfaction_quarters' && w.current === 2 && w.threshold === 3),
    ).toBe(true);
    // The elevator contract started 35 months before October 2026: its re-tender (3 years) is coming up.
    const contracts = await ctx.db.select().from(schema.contracts);
    const elevator = contracts.find((c) => c.code.endsWith('-DT-04'))!;
    expect(elevator.startsOn).toBe('2023-11-01');
    expect(warnings.filter((w) => w.rule === 'contract_age').map((w) => w.contractId)).toEqual([elevator.id]);
    expect(contracts.filter((c) => c !== elevator).map((c) => c.startsOn)).toEqual(
      Array(4).fill('2025-10-01'),
    );
    const proposals = await ctx.db
      .select()
      .from(schema.consequences)
      .where(eq(schema.consequences.tenantId, tenant!.id));
    expect(proposals.filter((p) => p.kind === 'exit_warning')).toHaveLength(1);
    // The engine ran over the whole year: score-band rewards or deductions from its first months on.
    const scored = proposals.filter((p) => p.rule === 'score_band').map((p) => p.period!);
    expect(scored.some((m) => m <= '2025-12')).toBe(true);
    expect(new Set(scored).size).toBeGreaterThanOrEqual(8);
    expect(proposals.some((p) => p.rule === 'satisfaction_tier')).toBe(true);
    // A bulletin for each of the twelve past months, published early in the month after it.
    const published = await ctx.db
      .select()
      .from(schema.bulletins)
      .where(eq(schema.bulletins.status, 'published'));
    expect(published.map((b) => b.month).sort()).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
    for (const b of published) {
      expect(b.publishedAt!.toISOString().slice(0, 7) > b.month, b.month).toBe(true);
      expect(b.publishedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect((b.content as { rankings: unknown[] }).rankings, b.month).toHaveLength(5);
    }
    // Deposits were received when each contract was signed (decisions.test.ts: the entries decisions made).
    const ledger = await ctx.db
      .select()
      .from(schema.depositLedger)
      .where(eq(schema.depositLedger.kind, 'received'));
    expect(ledger).toHaveLength(5);
    expect(ledger.every((e) => e.balanceAfterFen === e.amountFen && e.consequenceId === null)).toBe(true);
    const elevatorDeposit = ledger.find((e) => e.contractId === elevator.id)!;
    expect(elevatorDeposit.recordedAt.toISOString().slice(0, 10)).toBe('2023-11-01');
  }, 180_000);
});
