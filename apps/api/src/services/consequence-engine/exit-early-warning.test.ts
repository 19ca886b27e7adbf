import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { gateFinding, seedSupervision } from '../../../test/rectification-fixtures.ts';
import { runTenantConsequences } from './run.ts';

/**
 * R22's early warning on the facts the API gathers: a rectification that failed once warns while its
 * second round is open, and the warning clears once that round is verified fixed.
 */
describeEachDatabase('issue 7: the exit-warning early warning follows the open chain', (ctx) => {
  it('failed once with round 2 answered → warning; round 2 verified fixed → cleared, none for the closed chain', async () => {
    const w = await seedSupervision(ctx.db, ctx.kind);
    const base = await gateFinding(ctx.db, w);
    const verified = { verifiedAt: new Date('2026-03-04T03:00:00Z'), verifiedBy: w.id('supervisor') };
    const [, second] = await ctx.db
      .insert(schema.rectifications)
      .values([
        { ...base, ...verified, round: 1, status: 'not_fixed' },
        { ...base, round: 2, status: 'answered', deadlineAt: new Date('2026-03-10T10:00:00Z') },
      ])
      .returning();
    const open = () =>
      ctx.db
        .select()
        .from(schema.consequenceWarnings)
        .where(
          and(
            eq(schema.consequenceWarnings.tenantId, w.tenant.id),
            eq(schema.consequenceWarnings.rule, 'rectification_failed'),
            isNull(schema.consequenceWarnings.clearedAt),
          ),
        );

    await runTenantConsequences(ctx.db, w.tenant.id, new Date('2026-03-09T02:00:00Z'));
    expect((await open()).map((x) => [x.key, x.current, x.threshold])).toEqual([
      [`warning:exit_warning:${w.contract.id}:${base.resultId}`, 1, 2],
    ]);

    await ctx.db
      .update(schema.rectifications)
      .set({ status: 'fixed', ...verified, verifiedAt: new Date('2026-03-11T03:00:00Z') })
      .where(eq(schema.rectifications.id, second!.id));
    await runTenantConsequences(ctx.db, w.tenant.id, new Date('2026-03-12T02:00:00Z'));
    expect(await open()).toEqual([]);
  });
});
