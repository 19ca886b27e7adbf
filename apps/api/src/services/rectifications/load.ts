import { type Principal, ROLE_PERMISSIONS } from '@steward/access';
import { ForbiddenError, NotFoundError } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { SupervisionCtx } from './context.ts';

const { rectifications, contracts, inspections, vendors } = schema;

export type RectificationRow = typeof rectifications.$inferSelect;

/** A notice with what access decisions need: the contract's vendors and the finding's line and site. */
export async function loadNotice(tx: Database, tenantId: string, id: string) {
  const [row] = await tx
    .select({
      notice: rectifications,
      vendorId: contracts.vendorId,
      generalContractorId: contracts.generalContractorId,
      contractCode: contracts.code,
      contractTitle: contracts.title,
      vendorName: vendors.legalName,
      serviceLineId: inspections.serviceLineId,
      siteId: inspections.siteId,
    })
    .from(rectifications)
    .innerJoin(contracts, eq(contracts.id, rectifications.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .innerJoin(inspections, eq(inspections.id, rectifications.inspectionId))
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.id, id)));
  if (!row) throw new NotFoundError();
  return row;
}

export type LoadedNotice = Awaited<ReturnType<typeof loadNotice>>;

export function resourceOf(n: LoadedNotice) {
  return {
    vendorId: n.vendorId,
    contractId: n.notice.contractId,
    serviceLineId: n.serviceLineId,
    siteId: n.siteId,
  };
}

/**
 * The general contractor helps verify (协管) only on contracts it integrates, and never its own work. A
 * supervisor or admin verifies anywhere in the tenant.
 */
export function assertMayVerify(ctx: SupervisionCtx, n: LoadedNotice): void {
  ctx.authorize('rectifications.verify', resourceOf(n));
  const p: Principal = ctx.principal;
  const throughOtherRole = p.roles.some(
    (r) => r !== 'general_contractor' && ROLE_PERMISSIONS[r].includes('rectifications.verify'),
  );
  if (throughOtherRole) return;
  if (!p.vendorId || n.generalContractorId !== p.vendorId || n.vendorId === p.vendorId) {
    throw new ForbiddenError('rectification.not_your_contract');
  }
}
