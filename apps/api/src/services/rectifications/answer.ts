import { ConflictError, PreconditionError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { proposeExitWarning } from '../consequence-engine/exit-warning.ts';
import type { SupervisionCtx } from './context.ts';
import { assertMayVerify, loadNotice, resourceOf } from './load.ts';
import { raiseNextRound } from './raise.ts';

const { rectifications, evidence } = schema;

export interface RespondInput {
  id: string;
  response: string;
  /** photos the same person uploaded for this answer (or unattached ones) */
  evidenceIds: string[];
}

/**
 * The vendor answers (整改回复) with a note and photos. It may amend its answer until a supervisor has
 * verified it; an answer never closes the notice by itself.
 */
export async function respondToRectification(ctx: SupervisionCtx, input: RespondInput) {
  const tenantId = ctx.scope.tenantId;
  const loaded = await loadNotice(ctx.tx, tenantId, input.id);
  ctx.authorize('rectifications.respond', resourceOf(loaded));
  const before = loaded.notice;
  if (before.status !== 'open' && before.status !== 'answered') {
    throw new PreconditionError('rectification.already_verified');
  }
  if (input.evidenceIds.length > 0) {
    const linked = await ctx.tx
      .update(evidence)
      .set({ rectificationId: before.id })
      .where(
        and(
          tenantFilter(evidence.tenantId, tenantId),
          inArray(evidence.id, input.evidenceIds),
          eq(evidence.uploadedBy, ctx.scope.userId),
          isNull(evidence.inspectionId),
          or(isNull(evidence.rectificationId), eq(evidence.rectificationId, before.id)),
        ),
      )
      .returning({ id: evidence.id });
    if (linked.length !== new Set(input.evidenceIds).size) {
      throw new ValidationError({ evidenceIds: ['rectification.evidence_invalid'] });
    }
  }
  const [after] = await ctx.tx
    .update(rectifications)
    .set({
      status: 'answered',
      response: input.response,
      respondedAt: ctx.now,
      respondedBy: ctx.scope.userId,
    })
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.id, before.id)))
    .returning();
  await ctx.audit({
    action: 'rectification.respond',
    entity: 'rectification',
    entityId: before.id,
    before: { status: before.status, response: before.response },
    after: { status: 'answered', response: input.response, evidenceIds: input.evidenceIds },
  });
  return after!;
}

export type VerifyOutcome = 'fixed' | 'partly_fixed' | 'not_fixed';

export interface VerifyInput {
  id: string;
  outcome: VerifyOutcome;
  note: string;
}

/**
 * The supervisor (or the general contractor) checks the work: fixed closes the notice; partly or not fixed
 * raises the next round; not fixed again after a failed round proposes a written exit warning (R22).
 * An unanswered notice can only be found not fixed, and only once its deadline has passed.
 */
export async function verifyRectification(ctx: SupervisionCtx, input: VerifyInput) {
  const tenantId = ctx.scope.tenantId;
  const loaded = await loadNotice(ctx.tx, tenantId, input.id);
  assertMayVerify(ctx, loaded);
  const before = loaded.notice;
  if (before.status === input.outcome && before.verifiedAt) {
    return { notice: before, next: null, consequence: null }; // a retried request
  }
  if (before.verifiedAt) throw new ConflictError('rectification.already_verified');
  if (input.outcome !== 'fixed' && !input.note.trim()) {
    throw new ValidationError({ note: ['rectification.note_required'] });
  }
  if (before.status === 'open') {
    const overdue = before.deadlineAt.getTime() < ctx.now.getTime();
    if (input.outcome !== 'not_fixed' || !overdue) throw new PreconditionError('rectification.not_answered');
  }
  const [notice] = await ctx.tx
    .update(rectifications)
    .set({
      status: input.outcome,
      verifiedAt: ctx.now,
      verifiedBy: ctx.scope.userId,
      verificationNote: input.note,
    })
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.id, before.id)))
    .returning();
  await ctx.audit({
    action: 'rectification.verify',
    entity: 'rectification',
    entityId: before.id,
    before: { status: before.status },
    after: { status: input.outcome, note: input.note },
  });
  if (input.outcome === 'fixed') return { notice: notice!, next: null, consequence: null };
  const next = await raiseNextRound(ctx, notice!, input.note);
  const consequence =
    input.outcome === 'not_fixed' && notice!.round >= 2 ? await proposeExitWarning(ctx, notice!) : null;
  return { notice: notice!, next, consequence };
}
