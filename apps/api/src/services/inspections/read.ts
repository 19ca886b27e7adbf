import { rowVisibleUnderGrants, vendorScope } from '@steward/access';
import { addMonths } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import {
  assertCanRead,
  hiddenFromVendor,
  type InspectionCtx,
  type InspectionRow,
  loadInspection,
} from './access.ts';
import { sampledCodes } from './draft.ts';
import { itemsOf } from './rules.ts';
import { snapshotOrStandIn } from './snapshot.ts';

const { inspections, inspectionResults, evidence, inspectionParticipants, users, contracts } = schema;

export const evidenceUrl = (id: string) => `/api/evidence/${id}`;

/**
 * Whether an inspection counts (for scores and rectification): submitted, signed by every party of a joint
 * inspection, and not replaced by a submitted correction.
 */
export function countsNow(
  row: Pick<InspectionRow, 'status'>,
  parties: readonly { signedAt: Date | null }[],
  correctedBy: { status: string } | undefined,
): boolean {
  return (
    row.status === 'submitted' &&
    parties.every((p) => p.signedAt !== null) &&
    correctedBy?.status !== 'submitted'
  );
}

/** One inspection as its form and detail page show it: checklist snapshot, results, evidence, parties. */
export async function getInspection(ctx: InspectionCtx, id: string) {
  const { inspection, vendorId } = await loadInspection(ctx, id);
  await assertCanRead(ctx, inspection, vendorId);
  const tenantId = ctx.scope.tenantId;
  const results = await ctx.tx
    .select()
    .from(inspectionResults)
    .where(and(tenantFilter(inspectionResults.tenantId, tenantId), eq(inspectionResults.inspectionId, id)));
  const snapshot = await snapshotOrStandIn(ctx, inspection, results);
  const items = itemsOf(snapshot, await sampledCodes(ctx, inspection));
  const files = await ctx.tx
    .select()
    .from(evidence)
    .where(and(tenantFilter(evidence.tenantId, tenantId), eq(evidence.inspectionId, id)))
    .orderBy(evidence.receivedAt);
  const parties = await ctx.tx
    .select({
      userId: inspectionParticipants.userId,
      party: inspectionParticipants.party,
      signedAt: inspectionParticipants.signedAt,
      displayName: users.displayName,
    })
    .from(inspectionParticipants)
    .innerJoin(users, eq(users.id, inspectionParticipants.userId))
    .where(
      and(
        tenantFilter(inspectionParticipants.tenantId, tenantId),
        eq(inspectionParticipants.inspectionId, id),
      ),
    );
  const [correctedBy] = await ctx.tx
    .select({ id: inspections.id, status: inspections.status })
    .from(inspections)
    .where(and(tenantFilter(inspections.tenantId, tenantId), eq(inspections.correctsInspectionId, id)));
  const [inspector] = await ctx.tx
    .select({ displayName: users.displayName })
    .from(users)
    .where(eq(users.id, inspection.inspectorUserId));
  const [contract] = await ctx.tx
    .select({ code: contracts.code, title: contracts.title })
    .from(contracts)
    .where(and(tenantFilter(contracts.tenantId, tenantId), eq(contracts.id, inspection.contractId)));
  return {
    inspection: { ...inspection, vendorId },
    contract: contract ?? null,
    inspectorName: inspector?.displayName ?? '',
    mine: inspection.inspectorUserId === ctx.scope.userId,
    template: snapshot.template,
    external: snapshot.external ?? null,
    categories: snapshot.categories,
    items,
    results: results.filter((r) => r.result !== 'unanswered'),
    evidence: files.map((f) => ({
      id: f.id,
      itemCode: f.itemCode,
      kind: f.kind,
      contentType: f.contentType,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      originalName: f.originalName,
      capturedAt: f.capturedAt,
      receivedAt: f.receivedAt,
      url: evidenceUrl(f.id),
    })),
    participants: parties,
    correctedBy: correctedBy ?? null,
    counts: countsNow(inspection, parties, correctedBy),
  };
}

export interface ListInput {
  contractId?: string | undefined;
  /** 'YYYY-MM' in the tenant's calendar */
  month?: string | undefined;
  kind?: string | undefined;
  source?: string | undefined;
  status?: string | undefined;
  mine?: boolean | undefined;
}

/** Inspections by contract and month with filters, narrowed to the caller's vendor or grants. */
export async function listInspections(ctx: InspectionCtx, input: ListInput) {
  const tenantId = ctx.scope.tenantId;
  const where: SQL[] = [tenantFilter(inspections.tenantId, tenantId)];
  if (input.contractId) where.push(eq(inspections.contractId, input.contractId));
  if (input.month) {
    const from = `${input.month}-01`;
    where.push(gte(inspections.inspectedOn, from), lt(inspections.inspectedOn, addMonths(from, 1)));
  }
  if (input.kind) where.push(eq(inspections.kind, input.kind));
  if (input.source) where.push(eq(inspections.source, input.source));
  if (input.status) where.push(eq(inspections.status, input.status));
  if (input.mine) where.push(eq(inspections.inspectorUserId, ctx.scope.userId));
  const vendor = vendorScope(ctx.principal, 'inspections.read');
  if (vendor) where.push(eq(contracts.vendorId, vendor));
  const rows = await ctx.tx
    .select({
      inspection: inspections,
      vendorId: contracts.vendorId,
      contractCode: contracts.code,
      contractTitle: contracts.title,
      inspectorName: users.displayName,
    })
    .from(inspections)
    .innerJoin(contracts, eq(contracts.id, inspections.contractId))
    .innerJoin(users, eq(users.id, inspections.inspectorUserId))
    .where(and(...where))
    .orderBy(desc(inspections.inspectedOn), desc(inspections.startedAt))
    .limit(300);
  const decision = ctx.decision;
  const visible = rows.filter(({ inspection: r }) => {
    if (hiddenFromVendor(ctx, r)) return false;
    if (decision.allowed && decision.via === 'grant-scope')
      return (
        r.inspectorUserId === ctx.scope.userId ||
        rowVisibleUnderGrants(decision.grants, 'inspections.read', r, ctx.now.getTime())
      );
    return true;
  });
  const ids = visible.map((v) => v.inspection.id);
  // Counted in the database, one row per inspection: the month's results are thousands of rows.
  const counts =
    ids.length === 0
      ? []
      : await ctx.tx
          .select({
            inspectionId: inspectionResults.inspectionId,
            nonconform:
              sql<number>`count(*) filter (where ${inspectionResults.result} = 'nonconform')`.mapWith(Number),
            answered:
              sql<number>`count(*) filter (where ${inspectionResults.result} <> 'unanswered')`.mapWith(
                Number,
              ),
          })
          .from(inspectionResults)
          .where(
            and(
              tenantFilter(inspectionResults.tenantId, tenantId),
              inArray(inspectionResults.inspectionId, ids),
            ),
          )
          .groupBy(inspectionResults.inspectionId);
  const countsOf = new Map(counts.map((c) => [c.inspectionId, c]));
  return visible.map(({ inspection: r, contractCode, contractTitle, inspectorName }) => ({
    id: r.id,
    contractId: r.contractId,
    contractCode,
    contractTitle,
    serviceLineId: r.serviceLineId,
    siteId: r.siteId,
    kind: r.kind,
    scope: r.scope,
    source: r.source,
    status: r.status,
    externalTypeCode: r.externalTypeCode,
    templateCode: r.templateCode,
    inspectedOn: r.inspectedOn,
    submittedAt: r.submittedAt,
    inspectorName,
    correctsInspectionId: r.correctsInspectionId,
    nonconform: countsOf.get(r.id)?.nonconform ?? 0,
    answered: countsOf.get(r.id)?.answered ?? 0,
  }));
}
