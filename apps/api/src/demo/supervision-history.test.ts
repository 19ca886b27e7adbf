import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { assessMonth } from '../services/scores/assess.ts';
import { seedDemoIfEmpty } from './index.ts';

describeEachDatabase('demo supervision history', (ctx) => {
  it('gives the demo contracts scored months, notices in every state and an exit-warning proposal', async () => {
    const now = new Date('2026-10-09T01:00:00Z');
    await seedDemoIfEmpty({ db: ctx.db, logger: createLogger({ write: () => {} }), now });
    const [tenant] = await ctx.db.select().from(schema.tenants);
    const notices = await ctx.db
      .select()
      .from(schema.rectifications)
      .where(eq(schema.rectifications.tenantId, tenant!.id));
    const states = new Set(notices.map((n) => n.status));
    expect(states).toEqual(new Set(['open', 'fixed', 'not_fixed']));
    expect(notices.some((n) => n.status === 'open' && n.deadlineAt < now)).toBe(true);
    const proposals = await ctx.db
      .select()
      .from(schema.consequences)
      .where(eq(schema.consequences.tenantId, tenant!.id));
    // Issue 7's demo part proposes rewards and deductions too; the history gives exactly one exit warning.
    expect(proposals.filter((p) => p.kind === 'exit_warning').map((p) => p.kind)).toEqual(['exit_warning']);
    const [contract] = await ctx.db
      .select()
      .from(schema.contracts)
      .where(eq(schema.contracts.id, notices[0]!.contractId));
    const september = await inTenant(ctx.db, { tenantId: tenant!.id, userId: null }, (tx) =>
      assessMonth(tx, tenant!, contract!, '2026-09'),
    );
    expect(september.assessment.composite.status).toBe('scored');
    expect(september.assessment.entries.length).toBeGreaterThan(0);
  });
});
