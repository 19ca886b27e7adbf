import {
  type Decision,
  type Permission,
  type Principal,
  type ResourceRef,
  rowVisibleUnderGrants,
  vendorScope,
} from '@steward/access';

/** What the access checks of vendors, contracts and assignments read from a tenant procedure's context. */
export interface AccessCtx {
  principal: Principal;
  decision: Decision;
  now: Date;
}

export interface ContractFacts {
  id: string;
  vendorId: string;
  generalContractorId?: string | null;
  serviceLineIds: readonly string[];
  siteIds: readonly string[];
}

/** The vendor a contractor is bound to for this permission; null when nothing narrows the caller. */
export function boundVendorOf(ctx: AccessCtx, permission: Permission): string | null {
  return vendorScope(ctx.principal, permission);
}

/** The grants the caller's list must be filtered by, when it holds the permission only through grants. */
export function listGrantsOf(ctx: AccessCtx) {
  return ctx.decision.allowed && ctx.decision.via === 'grant-scope' ? ctx.decision.grants : null;
}

/** Every (service line, site) pair a contract covers: a grant on any one of them reaches the contract. */
function contractRefs(c: ContractFacts): ResourceRef[] {
  const lines = c.serviceLineIds.length > 0 ? c.serviceLineIds : [null];
  const sites = c.siteIds.length > 0 ? c.siteIds : [null];
  return lines.flatMap((serviceLineId) =>
    sites.map((siteId) => ({ contractId: c.id, vendorId: c.vendorId, serviceLineId, siteId })),
  );
}

/**
 * Whether the caller may see this contract: a contractor only its own vendor's, a grant holder only the
 * contracts (or service lines, or sites) its grants cover; everyone else with the permission, all.
 */
export function contractVisible(ctx: AccessCtx, permission: Permission, c: ContractFacts): boolean {
  const bound = boundVendorOf(ctx, permission);
  if (bound !== null && c.vendorId !== bound) return false;
  const grants = listGrantsOf(ctx);
  if (!grants) return true;
  const now = ctx.now.getTime();
  return contractRefs(c).some((ref) => rowVisibleUnderGrants(grants, permission, ref, now));
}
