import { rowVisibleUnderGrants, vendorScope } from '@steward/access';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { exitWarningKey } from '../consequence-engine/exit-warning.ts';
import { inspectionHeadColumns } from '../inspections/columns.ts';
import type { SupervisionCtx } from './context.ts';
import { loadNotice, resourceOf } from './load.ts';
import { userNames } from './people.ts';

const { rectifications, contracts, vendors, inspections, inspectionResults, evidence, consequences } = schema;

export const NOTICE_STATUSES = ['open', 'answered', 'fixed', 'partly_fixed', 'not_fixed'] as const;

export interface ListFilter {
  contractId?: string | undefined;
  /** 'active' = open or answered (not yet verified) */
  status?: (typeof NOTICE_STATUSES)[number] | 'active' | undefined;
  overdue?: boolean | undefined;
}

const listColumns = {
  id: rectifications.id,
  contractId: rectifications.contractId,
  contractCode: contracts.code,
  contractTitle: contracts.title,
  vendorId: contracts.vendorId,
  vendorName: vendors.legalName,
  serviceLineId: inspections.serviceLineId,
  siteId: inspections.siteId,
  inspectionId: rectifications.inspectionId,
  resultId: rectifications.resultId,
  itemCode: rectifications.itemCode,
  severity: rectifications.severity,
  round: rectifications.round,
  previousId: rectifications.previousId,
  status: rectifications.status,
  instructions: rectifications.instructions,
  issuedAt: rectifications.issuedAt,
  deadlineAt: rectifications.deadlineAt,
  respondedAt: rectifications.respondedAt,
  verifiedAt: rectifications.verifiedAt,
};

/** Overdue = the deadline passed without an answer (R17); every row carries its deadline. */
function withDeadlineState<T extends { status: string; deadlineAt: Date; respondedAt: Date | null }>(
  row: T,
  now: Date,
) {
  const overdue = row.status === 'open' && row.deadlineAt.getTime() < now.getTime();
  const answeredLate = row.respondedAt !== null && row.respondedAt.getTime() > row.deadlineAt.getTime();
  return { ...row, overdue, answeredLate };
}

async function selectNotices(
  ctx: SupervisionCtx,
  permission: 'rectifications.read' | 'rectifications.respond',
  where: SQL[],
) {
  const vendor = vendorScope(ctx.principal, permission);
  const conditions = [tenantFilter(rectifications.tenantId, ctx.scope.tenantId), ...where];
  if (vendor !== null) conditions.push(eq(contracts.vendorId, vendor));
  const rows = await ctx.tx
    .select(listColumns)
    .from(rectifications)
    .innerJoin(contracts, eq(contracts.id, rectifications.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .innerJoin(inspections, eq(inspections.id, rectifications.inspectionId))
    .where(and(...conditions))
    .orderBy(asc(rectifications.deadlineAt), asc(rectifications.id))
    .limit(500);
  const visible =
    ctx.decision.allowed && ctx.decision.via === 'grant-scope'
      ? rows.filter((r) =>
          rowVisibleUnderGrants(
            (ctx.decision as { grants: Parameters<typeof rowVisibleUnderGrants>[0] }).grants,
            permission,
            { contractId: r.contractId, serviceLineId: r.serviceLineId, siteId: r.siteId },
            ctx.now.getTime(),
          ),
        )
      : rows;
  return visible.map((r) => withDeadlineState(r, ctx.now));
}

export function listRectifications(ctx: SupervisionCtx, filter: ListFilter) {
  const where: SQL[] = [];
  if (filter.contractId) where.push(eq(rectifications.contractId, filter.contractId));
  if (filter.status === 'active') where.push(inArray(rectifications.status, ['open', 'answered']));
  else if (filter.status) where.push(eq(rectifications.status, filter.status));
  if (filter.overdue) {
    where.push(eq(rectifications.status, 'open'), lt(rectifications.deadlineAt, ctx.now));
  }
  return selectNotices(ctx, 'rectifications.read', where);
}

/** The vendor's inbox: what it still has to fix or answer, soonest deadline first. */
export function vendorInbox(ctx: SupervisionCtx) {
  return selectNotices(ctx, 'rectifications.respond', [inArray(rectifications.status, ['open', 'answered'])]);
}

/** One notice with its whole history: the finding, every round with its answer and photos, the outcome. */
export async function getRectification(ctx: SupervisionCtx, id: string) {
  const tenantId = ctx.scope.tenantId;
  const loaded = await loadNotice(ctx.tx, tenantId, id);
  ctx.authorize('rectifications.read', resourceOf(loaded));
  const n = loaded.notice;
  const chain = await ctx.tx
    .select()
    .from(rectifications)
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.resultId, n.resultId)))
    .orderBy(asc(rectifications.round), asc(rectifications.issuedAt));
  const [finding] = await ctx.tx
    .select({
      result: inspectionResults,
      inspection: {
        ...inspectionHeadColumns,
        templateCode: inspections.templateCode,
        pluginId: inspections.pluginId,
      },
    })
    .from(inspectionResults)
    .innerJoin(inspections, eq(inspections.id, inspectionResults.inspectionId))
    .where(and(tenantFilter(inspectionResults.tenantId, tenantId), eq(inspectionResults.id, n.resultId)));
  const photos = await ctx.tx
    .select({
      id: evidence.id,
      kind: evidence.kind,
      sha256: evidence.sha256,
      contentType: evidence.contentType,
      inspectionId: evidence.inspectionId,
      itemCode: evidence.itemCode,
      rectificationId: evidence.rectificationId,
      capturedAt: evidence.capturedAt,
      receivedAt: evidence.receivedAt,
    })
    .from(evidence)
    .where(
      and(
        tenantFilter(evidence.tenantId, tenantId),
        inArray(
          evidence.rectificationId,
          chain.map((c) => c.id),
        ),
      ),
    )
    .orderBy(asc(evidence.receivedAt));
  const findingPhotos = await ctx.tx
    .select({ id: evidence.id, sha256: evidence.sha256, contentType: evidence.contentType })
    .from(evidence)
    .where(
      and(
        tenantFilter(evidence.tenantId, tenantId),
        eq(evidence.inspectionId, n.inspectionId),
        eq(evidence.itemCode, n.itemCode),
      ),
    );
  const [consequence] = await ctx.tx
    .select()
    .from(consequences)
    .where(
      and(tenantFilter(consequences.tenantId, tenantId), eq(consequences.key, exitWarningKey(n.resultId))),
    )
    .orderBy(desc(consequences.proposedAt))
    .limit(1);
  const names = await userNames(ctx.tx, [
    ...chain.flatMap((c) => [c.issuedBy, c.respondedBy, c.verifiedBy]),
    finding?.inspection.inspectorUserId,
  ]);
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : null);
  return {
    notice: withDeadlineState(n, ctx.now),
    contract: {
      id: n.contractId,
      code: loaded.contractCode,
      title: loaded.contractTitle,
      vendorId: loaded.vendorId,
      vendorName: loaded.vendorName,
    },
    finding: finding
      ? {
          ...finding.result,
          inspection: { ...finding.inspection, inspectorName: name(finding.inspection.inspectorUserId) },
          photos: findingPhotos,
        }
      : null,
    history: chain.map((c) => ({
      ...withDeadlineState(c, ctx.now),
      issuedByName: name(c.issuedBy),
      respondedByName: name(c.respondedBy),
      verifiedByName: name(c.verifiedBy),
      photos: photos.filter((p) => p.rectificationId === c.id),
    })),
    consequence: consequence ?? null,
  };
}

/**
 * Findings that have no notice yet: nonconformities of submitted inspections that still count (not replaced
 * by a correction), newest first — what a supervisor raises notices from.
 */
export async function openFindings(ctx: SupervisionCtx, contractId: string | undefined) {
  const tenantId = ctx.scope.tenantId;
  const conditions: SQL[] = [
    tenantFilter(inspectionResults.tenantId, tenantId),
    eq(inspectionResults.result, 'nonconform'),
    eq(inspections.status, 'submitted'),
  ];
  if (contractId) conditions.push(eq(inspections.contractId, contractId));
  const vendor = vendorScope(ctx.principal, 'rectifications.read');
  if (vendor !== null) conditions.push(eq(contracts.vendorId, vendor));
  const rows = await ctx.tx
    .select({
      resultId: inspectionResults.id,
      itemCode: inspectionResults.itemCode,
      severity: inspectionResults.severity,
      deductionCenti: inspectionResults.deductionCenti,
      note: inspectionResults.note,
      inspectionId: inspections.id,
      inspectionKind: inspections.kind,
      inspectedOn: inspections.inspectedOn,
      serviceLineId: inspections.serviceLineId,
      siteId: inspections.siteId,
      contractId: contracts.id,
      contractCode: contracts.code,
      contractTitle: contracts.title,
      vendorName: vendors.legalName,
    })
    .from(inspectionResults)
    .innerJoin(inspections, eq(inspections.id, inspectionResults.inspectionId))
    .innerJoin(contracts, eq(contracts.id, inspections.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(...conditions))
    .orderBy(desc(inspections.inspectedOn), asc(inspectionResults.id))
    .limit(300);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.inspectionId);
  const raised = await ctx.tx
    .select({ resultId: rectifications.resultId })
    .from(rectifications)
    .where(
      and(
        tenantFilter(rectifications.tenantId, tenantId),
        inArray(
          rectifications.resultId,
          rows.map((r) => r.resultId),
        ),
      ),
    );
  const corrected = await ctx.tx
    .select({ id: inspections.correctsInspectionId })
    .from(inspections)
    .where(
      and(
        tenantFilter(inspections.tenantId, tenantId),
        eq(inspections.status, 'submitted'),
        inArray(inspections.correctsInspectionId, ids),
      ),
    );
  const done = new Set(raised.map((r) => r.resultId));
  const replaced = new Set(corrected.map((c) => c.id));
  const grants = ctx.decision.allowed && ctx.decision.via === 'grant-scope' ? ctx.decision.grants : null;
  return rows.filter(
    (r) =>
      !done.has(r.resultId) &&
      !replaced.has(r.inspectionId) &&
      (grants === null ||
        rowVisibleUnderGrants(
          grants,
          'rectifications.read',
          { contractId: r.contractId, serviceLineId: r.serviceLineId, siteId: r.siteId },
          ctx.now.getTime(),
        )),
  );
}
