import { ConflictError, PreconditionError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import {
  assertCanRead,
  authorizeAny,
  type InspectionCtx,
  loadInspection,
  recordingPermissions,
  resourceOf,
} from './access.ts';

const { inspections, inspectionResults, evidence, inspectionParticipants } = schema;

/**
 * A submitted inspection never changes; a correction is a new draft that starts as a copy of it (results,
 * evidence links, participants unsigned) and points back with `correctsInspectionId`. Once submitted, it
 * replaces the original wherever results count. Only the latest of a chain can be corrected; asking
 * again while one's own correction is still a draft resumes it.
 */
export async function correctInspection(ctx: InspectionCtx, inspectionId: string) {
  const { inspection: original, vendorId } = await loadInspection(ctx, inspectionId);
  await assertCanRead(ctx, original, vendorId);
  authorizeAny(ctx, recordingPermissions(original.source), resourceOf(original, vendorId));
  if (original.status !== 'submitted') throw new PreconditionError('inspection.correct_submitted_only');
  const tenant = tenantFilter(inspections.tenantId, ctx.scope.tenantId);
  const [existing] = await ctx.tx
    .select({ id: inspections.id, status: inspections.status, inspectorUserId: inspections.inspectorUserId })
    .from(inspections)
    .where(and(tenant, eq(inspections.correctsInspectionId, original.id)));
  if (existing) {
    if (existing.status === 'draft' && existing.inspectorUserId === ctx.scope.userId)
      return { id: existing.id, resumed: true };
    throw new ConflictError('inspection.already_corrected');
  }
  const {
    id: _id,
    createdAt: _c,
    submittedAt: _s,
    clientSubmissionId: _k,
    deviceCapturedAt: _d,
    ...rest
  } = original;
  const [copy] = await ctx.tx
    .insert(inspections)
    .values({
      ...rest,
      status: 'draft',
      inspectorUserId: ctx.scope.userId,
      startedAt: ctx.now,
      correctsInspectionId: original.id,
    })
    .returning({ id: inspections.id });
  const id = copy!.id;
  const results = await ctx.tx
    .select()
    .from(inspectionResults)
    .where(
      and(
        tenantFilter(inspectionResults.tenantId, ctx.scope.tenantId),
        eq(inspectionResults.inspectionId, original.id),
      ),
    );
  if (results.length > 0)
    await ctx.tx
      .insert(inspectionResults)
      .values(results.map(({ id: _r, ...r }) => ({ ...r, inspectionId: id })));
  const files = await ctx.tx
    .select()
    .from(evidence)
    .where(and(tenantFilter(evidence.tenantId, ctx.scope.tenantId), eq(evidence.inspectionId, original.id)));
  // The same stored bytes (same blob key and SHA-256) are linked again, not copied.
  if (files.length > 0)
    await ctx.tx.insert(evidence).values(files.map(({ id: _e, ...f }) => ({ ...f, inspectionId: id })));
  const parties = await ctx.tx
    .select()
    .from(inspectionParticipants)
    .where(
      and(
        tenantFilter(inspectionParticipants.tenantId, ctx.scope.tenantId),
        eq(inspectionParticipants.inspectionId, original.id),
      ),
    );
  if (parties.length > 0)
    await ctx.tx
      .insert(inspectionParticipants)
      .values(parties.map(({ id: _p, ...p }) => ({ ...p, inspectionId: id, signedAt: null })));
  await ctx.audit({
    action: 'inspection.correct',
    entity: 'inspection',
    entityId: id,
    after: { correctsInspectionId: original.id },
  });
  return { id, resumed: false };
}
