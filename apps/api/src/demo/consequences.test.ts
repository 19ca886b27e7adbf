import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { seedDemoIfEmpty } from './index.ts';

describeEachDatabase('demo consequences (issue 7)', (ctx) => {
  it('the demo history gives an early warning, one exit warning, deposits and a published bulletin', async () => {
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
    const proposals = await ctx.db
      .select()
      .from(schema.consequences)
      .where(eq(schema.consequences.tenantId, tenant!.id));
    expect(proposals.filter((p) => p.kind === 'exit_warning')).toHaveLength(1);
    const published = await ctx.db
      .select()
      .from(schema.bulletins)
      .where(eq(schema.bulletins.status, 'published'));
    expect(published.map((b) => b.month)).toEqual(['2026-09']);
    const ledger = await ctx.db.select().from(schema.depositLedger);
    expect(ledger.length).toBeGreaterThan(0);
    expect(ledger.every((e) => e.kind === 'received' && e.balanceAfterFen === e.amountFen)).toBe(true);
  });
});
