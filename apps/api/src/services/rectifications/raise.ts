import { NotFoundError, PreconditionError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import { tenantCalendar } from '../working-calendar.ts';
import type { SupervisionCtx } from './context.ts';
import { rectificationDeadline, rectificationPolicyOf, type Severity } from './policy.ts';

const { rectifications, contracts, inspections, inspectionParticipants, inspectionResults } = schema;

export interface RaiseInput {
  resultId: string;
  instructions: string;
}

/** A later submitted correction replaces an inspection: its findings are the ones that count. */
export async function isSuperseded(ctx: SupervisionCtx, inspectionId: string): Promise<boolean> {
  const [later] = await ctx.tx
    .select({ id: inspections.id })
    .from(inspections)
    .where(
      and(
        tenantFilter(inspections.tenantId, ctx.scope.tenantId),
        eq(inspections.correctsInspectionId, inspectionId),
        isNotNull(inspections.submittedAt),
        eq(inspections.status, 'submitted'),
      ),
    )
    .limit(1);
  return later !== undefined;
}

/**
 * R17: a nonconformity of a submitted inspection raises a notice to the contract's vendor, due by the
 * severity's working days on the tenant's calendar. Raising the same finding again returns the notice
 * already raised, so a retried request never sends two.
 */
export async function raiseRectification(ctx: SupervisionCtx, input: RaiseInput) {
  const tenantId = ctx.scope.tenantId;
  const [found] = await ctx.tx
    .select({ result: inspectionResults, inspection: inspections, contract: contracts })
    .from(inspectionResults)
    .innerJoin(inspections, eq(inspections.id, inspectionResults.inspectionId))
    .innerJoin(contracts, eq(contracts.id, inspections.contractId))
    .where(and(tenantFilter(inspectionResults.tenantId, tenantId), eq(inspectionResults.id, input.resultId)));
  if (!found) throw new NotFoundError();
  const { result, inspection, contract } = found;
  ctx.authorize('rectifications.issue', {
    vendorId: contract.vendorId,
    contractId: contract.id,
    serviceLineId: inspection.serviceLineId,
    siteId: inspection.siteId,
  });
  if (inspection.status !== 'submitted' || result.result !== 'nonconform') {
    throw new PreconditionError('rectification.not_a_finding');
  }
  const [existing] = await ctx.tx
    .select()
    .from(rectifications)
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.resultId, result.id)))
    .orderBy(asc(rectifications.round))
    .limit(1);
  if (existing) return existing;
  if (await isSuperseded(ctx, inspection.id)) throw new PreconditionError('rectification.superseded');
  const [unsigned] = await ctx.tx
    .select({ id: inspectionParticipants.id })
    .from(inspectionParticipants)
    .where(
      and(
        tenantFilter(inspectionParticipants.tenantId, tenantId),
        eq(inspectionParticipants.inspectionId, inspection.id),
        isNull(inspectionParticipants.signedAt),
      ),
    )
    .limit(1);
  if (unsigned) throw new PreconditionError('rectification.unsigned');

  const severity: Severity = result.severity === 'major' ? 'major' : 'general';
  const policy = rectificationPolicyOf(ctx.tenant.settings as unknown as Record<string, unknown>);
  const deadlineAt = rectificationDeadline(ctx.now, severity, policy, tenantCalendar(ctx.tenant));
  const [row] = await ctx.tx
    .insert(rectifications)
    .values({
      tenantId,
      contractId: contract.id,
      inspectionId: inspection.id,
      resultId: result.id,
      itemCode: result.itemCode,
      severity,
      round: 1,
      status: 'open',
      instructions: input.instructions,
      issuedAt: ctx.now,
      issuedBy: ctx.scope.userId,
      deadlineAt,
    })
    .returning();
  await ctx.audit({
    action: 'rectification.raise',
    entity: 'rectification',
    entityId: row!.id,
    after: { resultId: result.id, itemCode: result.itemCode, severity, round: 1, deadlineAt },
  });
  return row!;
}

/** Round N+1 after a failed verification: same finding, a fresh deadline, linked to the previous notice. */
export async function raiseNextRound(
  ctx: SupervisionCtx,
  previous: typeof rectifications.$inferSelect,
  instructions: string,
) {
  const tenantId = ctx.scope.tenantId;
  const [existing] = await ctx.tx
    .select()
    .from(rectifications)
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.previousId, previous.id)))
    .limit(1);
  if (existing) return existing;
  const policy = rectificationPolicyOf(ctx.tenant.settings as unknown as Record<string, unknown>);
  const severity: Severity = previous.severity === 'major' ? 'major' : 'general';
  const deadlineAt = rectificationDeadline(ctx.now, severity, policy, tenantCalendar(ctx.tenant));
  const [row] = await ctx.tx
    .insert(rectifications)
    .values({
      tenantId,
      contractId: previous.contractId,
      inspectionId: previous.inspectionId,
      resultId: previous.resultId,
      itemCode: previous.itemCode,
      severity,
      round: previous.round + 1,
      previousId: previous.id,
      status: 'open',
      instructions,
      issuedAt: ctx.now,
      issuedBy: ctx.scope.userId,
      deadlineAt,
    })
    .returning();
  await ctx.audit({
    action: 'rectification.raise',
    entity: 'rectification',
    entityId: row!.id,
    after: { previousId: previous.id, round: row!.round, severity, deadlineAt },
  });
  return row!;
}
