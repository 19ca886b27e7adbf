import { decide, type Permission, type ResourceRef, vendorScope } from '@steward/access';
import { NotFoundError, PreconditionError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import type { TenantRequestTools } from '../../trpc/procedures.ts';

const { contracts, inspections, inspectionParticipants } = schema;

/** What the inspection services need: the tenant request's tools and the installed plugins. */
export type InspectionCtx = TenantRequestTools & { plugins: PluginRegistry };

export type InspectionRow = typeof inspections.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;
export type Source = 'internal' | 'external' | 'self';

export async function loadContract(ctx: InspectionCtx, contractId: string): Promise<ContractRow> {
  const [row] = await ctx.tx
    .select()
    .from(contracts)
    .where(and(tenantFilter(contracts.tenantId, ctx.scope.tenantId), eq(contracts.id, contractId)));
  if (!row) throw new NotFoundError();
  return row;
}

export function resourceOf(
  row: Pick<InspectionRow, 'contractId' | 'serviceLineId' | 'siteId'>,
  vendorId: string,
): ResourceRef {
  return { vendorId, contractId: row.contractId, serviceLineId: row.serviceLineId, siteId: row.siteId };
}

/** The permissions that let someone record an inspection of this source: any one of them will do. */
export function recordingPermissions(source: string): Permission[] {
  if (source === 'self') return ['inspections.self'];
  if (source === 'external') return ['inspections.record', 'inspections.assess'];
  return ['inspections.record'];
}

/** Allowed when any of `permissions` is; otherwise refused exactly as the first one would be. */
export function authorizeAny(ctx: InspectionCtx, permissions: Permission[], resource: ResourceRef): void {
  const now = ctx.now.getTime();
  if (permissions.some((p) => decide(ctx.principal, p, now, resource).allowed)) return;
  ctx.authorize(permissions[0]!, resource);
}

/** An inspection with its contract's vendor; not found for other tenants (RLS) and unknown ids. */
export async function loadInspection(ctx: InspectionCtx, id: string) {
  const [row] = await ctx.tx
    .select({ inspection: inspections, vendorId: contracts.vendorId })
    .from(inspections)
    .innerJoin(contracts, eq(contracts.id, inspections.contractId))
    .where(and(tenantFilter(inspections.tenantId, ctx.scope.tenantId), eq(inspections.id, id)));
  if (!row) throw new NotFoundError();
  return row;
}

export async function isParticipant(ctx: InspectionCtx, inspectionId: string): Promise<boolean> {
  const [row] = await ctx.tx
    .select({ id: inspectionParticipants.id })
    .from(inspectionParticipants)
    .where(
      and(
        tenantFilter(inspectionParticipants.tenantId, ctx.scope.tenantId),
        eq(inspectionParticipants.inspectionId, inspectionId),
        eq(inspectionParticipants.userId, ctx.scope.userId),
      ),
    );
  return row !== undefined;
}

/**
 * Drafts stay with whoever is doing them: a contractor never sees an inspection of its vendor before it
 * is submitted — above all an unannounced spot check — except its own self-inspections.
 */
export function hiddenFromVendor(ctx: InspectionCtx, row: InspectionRow): boolean {
  if (vendorScope(ctx.principal, 'inspections.read') === null) return false;
  return row.status !== 'submitted' && row.inspectorUserId !== ctx.scope.userId;
}

/** Read access: participants of a joint inspection, else `inspections.read` on the resource. */
export async function assertCanRead(ctx: InspectionCtx, row: InspectionRow, vendorId: string) {
  if (row.inspectorUserId === ctx.scope.userId) return;
  if (await isParticipant(ctx, row.id)) return;
  ctx.authorize('inspections.read', resourceOf(row, vendorId));
  if (hiddenFromVendor(ctx, row)) throw new NotFoundError();
}

/** Filling in: only the inspector who started it, only while a draft, only while still allowed to record. */
export function assertCanEdit(ctx: InspectionCtx, row: InspectionRow, vendorId: string) {
  if (row.inspectorUserId !== ctx.scope.userId) {
    ctx.authorize('inspections.read', resourceOf(row, vendorId));
    if (hiddenFromVendor(ctx, row)) throw new NotFoundError();
    throw new PreconditionError('inspection.not_inspector');
  }
  authorizeAny(ctx, recordingPermissions(row.source), resourceOf(row, vendorId));
  if (row.status !== 'draft') throw new PreconditionError('inspection.not_draft');
}
