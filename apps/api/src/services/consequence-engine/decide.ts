import { addWorkingDays, ConflictError, ForbiddenError, localDate, NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { tenantCalendar } from '../rectifications/policy.ts';
import { postLedgerEntry } from './ledger.ts';
import { notifyVendor } from './notify.ts';
import { appealWorkingDaysOf } from './rules.ts';

const { consequences, consequenceDecisions, contracts } = schema;

export interface DecideInput {
  id: string;
  decision: 'approved' | 'rejected';
  note: string;
}

export async function loadConsequence(ctx: SupervisionCtx, id: string) {
  const [row] = await ctx.tx
    .select({ consequence: consequences, vendorId: contracts.vendorId })
    .from(consequences)
    .innerJoin(contracts, eq(contracts.id, consequences.contractId))
    .where(and(tenantFilter(consequences.tenantId, ctx.scope.tenantId), eq(consequences.id, id)));
  if (!row) throw new NotFoundError();
  return row;
}

export async function decisionsOf(ctx: SupervisionCtx, consequenceId: string) {
  return ctx.tx
    .select()
    .from(consequenceDecisions)
    .where(
      and(
        tenantFilter(consequenceDecisions.tenantId, ctx.scope.tenantId),
        eq(consequenceDecisions.consequenceId, consequenceId),
      ),
    )
    .orderBy(consequenceDecisions.decidedAt);
}

/**
 * Issue 7, ASVS 2.3.5: a consequence is a proposal until decided. The proposer never decides it; money
 * (rewards, deductions) and terminations need two approvals by two different people (a leader approves,
 * an admin or a second leader countersigns); exit warnings and re-tender flags need one. Anyone entitled
 * may reject at either step. On the final approval the decision takes effect: money goes to the deposit
 * ledger, the vendor is told through the outbox, and the appeal period (working days) starts. A retried
 * identical decision returns the consequence as it is.
 */
export async function decideTwoPerson(ctx: SupervisionCtx, input: DecideInput) {
  const { consequence: before, vendorId } = await loadConsequence(ctx, input.id);
  ctx.authorize('consequences.decide', { vendorId, contractId: before.contractId });
  const steps = await decisionsOf(ctx, before.id);
  const mine = steps.find((s) => s.decidedBy === ctx.scope.userId);
  // A retry of the same person's same decision changes nothing.
  if (mine && (mine.step === 'reject') === (input.decision === 'rejected')) return before;
  if (before.status !== 'proposed' && before.status !== 'endorsed') {
    throw new ConflictError('consequence.already_decided');
  }
  if (before.proposedBy === ctx.scope.userId) throw new ForbiddenError('consequence.self_decision');
  if (mine) throw new ForbiddenError('consequence.second_approver_required');

  const approvals = steps.filter((s) => s.step !== 'reject').length;
  const step = input.decision === 'rejected' ? 'reject' : approvals === 0 ? 'approve' : 'countersign';
  const [decision] = await ctx.tx
    .insert(consequenceDecisions)
    .values({
      tenantId: ctx.scope.tenantId,
      consequenceId: before.id,
      step,
      decidedBy: ctx.scope.userId,
      decidedAt: ctx.now,
      note: input.note,
    })
    .returning();

  const final = step === 'reject' || approvals + 1 >= before.approvalsRequired;
  const status = step === 'reject' ? 'rejected' : final ? 'approved' : 'endorsed';
  const effective = status === 'approved';
  const today = localDate(ctx.now.getTime(), ctx.tenant.timeZone);
  const appealUntil = effective
    ? addWorkingDays(tenantCalendar(ctx.tenant), today, appealWorkingDaysOf(ctx.tenant.settings))
    : null;
  await ctx.tx
    .update(consequences)
    .set({
      status,
      ...(final ? { decidedAt: ctx.now, decidedBy: ctx.scope.userId, decisionNote: input.note } : {}),
      ...(appealUntil ? { appealUntil } : {}),
    })
    .where(and(tenantFilter(consequences.tenantId, ctx.scope.tenantId), eq(consequences.id, before.id)));

  let ledger = null;
  if (effective && (before.kind === 'deduction' || before.kind === 'reward') && before.amountFen) {
    ledger = await postLedgerEntry(ctx.tx, ctx.scope.tenantId, {
      contractId: before.contractId,
      kind: before.kind,
      amountFen: before.amountFen,
      consequenceId: before.id,
      decisionId: decision!.id,
      facts: before.facts.map((f) => ({ type: f.type, id: f.id })),
      note: input.note,
      recordedBy: ctx.scope.userId,
      now: ctx.now,
    });
  }
  if (final) {
    await notifyVendor(ctx.tx, ctx.scope.tenantId, before.contractId, 'consequence_decided', {
      consequenceId: before.id,
      kind: before.kind,
      status,
      amountFen: ledger?.entry?.amountFen ?? before.amountFen,
      messageKey: before.messageKey,
      params: before.params,
      appealUntil,
    });
  }
  await ctx.audit({
    action: `consequence.${step}`,
    entity: 'consequence',
    entityId: before.id,
    before: { status: before.status },
    after: {
      status,
      step,
      note: input.note,
      appealUntil,
      ledgerEntryId: ledger?.entry?.id ?? null,
      cappedFromFen: ledger?.requestedFen ?? null,
    },
  });
  const [row] = await ctx.tx.select().from(consequences).where(eq(consequences.id, before.id));
  return row!;
}
