import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { notifyDeciders } from './notify.ts';

const { rectifications, consequences } = schema;

/** One exit warning per finding: re-verifying or a later round never proposes it twice. */
export function exitWarningKey(resultId: string): string {
  return `exit_warning:finding:${resultId}`;
}

/**
 * R22: a rectification failed, then failed again → a written exit-warning proposal for a leader to decide.
 * Its facts cite every notice of the chain with its outcome, and the finding behind them. It carries the
 * engine's rule and text (the engine proposes the same thing under the same key), so the board shows both
 * alike, and the people who can decide are told once, when it is first proposed.
 */
export async function proposeExitWarning(ctx: SupervisionCtx, failed: typeof rectifications.$inferSelect) {
  const tenantId = ctx.scope.tenantId;
  const chain = await ctx.tx
    .select()
    .from(rectifications)
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.resultId, failed.resultId)))
    .orderBy(asc(rectifications.round));
  const failures = chain.filter((n) => n.status === 'not_fixed' || n.status === 'partly_fixed');
  const facts = [
    ...failures.map((n) => ({
      type: 'rectification',
      id: n.id,
      note: `round ${n.round}: ${n.status}${n.verificationNote ? ` — ${n.verificationNote}` : ''}`,
    })),
    { type: 'inspection_result', id: failed.resultId, note: failed.itemCode },
    { type: 'inspection', id: failed.inspectionId },
  ];
  const key = exitWarningKey(failed.resultId);
  const [row] = await ctx.tx
    .insert(consequences)
    .values({
      tenantId,
      contractId: failed.contractId,
      kind: 'exit_warning',
      key,
      status: 'proposed',
      facts,
      rule: 'rectification_failed',
      requirement: 'R22',
      messageKey: 'consequence.exit_warning',
      params: { failures: failures.length },
      approvalsRequired: 1,
      proposedAt: ctx.now,
      proposedBy: ctx.scope.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (row) {
    await ctx.audit({
      action: 'consequence.propose',
      entity: 'consequence',
      entityId: row.id,
      after: { kind: 'exit_warning', key, facts },
    });
    await notifyDeciders(ctx.tx, tenantId, 'consequence_pending', [row]);
    return row;
  }
  const [existing] = await ctx.tx
    .select()
    .from(consequences)
    .where(and(tenantFilter(consequences.tenantId, tenantId), eq(consequences.key, key)));
  return existing!;
}
