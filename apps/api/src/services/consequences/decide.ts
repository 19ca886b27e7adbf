import { ConflictError, ForbiddenError, NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { userNames } from '../rectifications/people.ts';

const { consequences, contracts, vendors } = schema;

export interface ConsequenceFilter {
  status?: 'proposed' | 'approved' | 'rejected' | undefined;
  contractId?: string | undefined;
}

export async function listConsequences(ctx: SupervisionCtx, filter: ConsequenceFilter) {
  const where: SQL[] = [tenantFilter(consequences.tenantId, ctx.scope.tenantId)];
  if (filter.status) where.push(eq(consequences.status, filter.status));
  if (filter.contractId) where.push(eq(consequences.contractId, filter.contractId));
  const rows = await ctx.tx
    .select({
      consequence: consequences,
      contractCode: contracts.code,
      contractTitle: contracts.title,
      vendorName: vendors.legalName,
    })
    .from(consequences)
    .innerJoin(contracts, eq(contracts.id, consequences.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(...where))
    .orderBy(asc(consequences.status), desc(consequences.proposedAt))
    .limit(200);
  const names = await userNames(
    ctx.tx,
    rows.flatMap((r) => [r.consequence.proposedBy, r.consequence.decidedBy]),
  );
  return rows.map((r) => ({
    ...r.consequence,
    contractCode: r.contractCode,
    contractTitle: r.contractTitle,
    vendorName: r.vendorName,
    proposedByName: r.consequence.proposedBy ? (names.get(r.consequence.proposedBy) ?? '') : null,
    decidedByName: r.consequence.decidedBy ? (names.get(r.consequence.decidedBy) ?? '') : null,
  }));
}

export interface DecideInput {
  id: string;
  decision: 'approved' | 'rejected';
  note: string;
}

/**
 * A leader decides a proposal (R22). Whoever proposed it (the verifier of the second failure) cannot
 * decide it too. A retried identical decision returns the decided proposal.
 */
export async function decideConsequence(ctx: SupervisionCtx, input: DecideInput) {
  const where = and(tenantFilter(consequences.tenantId, ctx.scope.tenantId), eq(consequences.id, input.id));
  const [before] = await ctx.tx.select().from(consequences).where(where);
  if (!before) throw new NotFoundError();
  if (before.status === input.decision && before.decidedBy === ctx.scope.userId) return before;
  if (before.status !== 'proposed') throw new ConflictError('consequence.already_decided');
  if (before.proposedBy === ctx.scope.userId) throw new ForbiddenError('consequence.self_decision');
  const [after] = await ctx.tx
    .update(consequences)
    .set({
      status: input.decision,
      decidedAt: ctx.now,
      decidedBy: ctx.scope.userId,
      decisionNote: input.note,
    })
    .where(where)
    .returning();
  await ctx.audit({
    action: 'consequence.decide',
    entity: 'consequence',
    entityId: before.id,
    before: { status: before.status },
    after: { status: input.decision, note: input.note },
  });
  return after!;
}
