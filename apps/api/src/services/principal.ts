import { type GrantFacts, isRole, type Principal, type Role } from '@steward/access';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, eq, isNull } from 'drizzle-orm';

const { memberships, grants, tenants } = schema;

export interface LoadedPrincipal {
  principal: Principal;
  tenant: typeof tenants.$inferSelect;
}

/**
 * The caller's roles and grants in the active tenant, read inside the request's transaction: a
 * disabled membership or a revoked grant takes effect on the very next request.
 */
export async function loadPrincipal(
  tx: Database,
  tenantId: string,
  userId: string,
): Promise<LoadedPrincipal | null> {
  // Membership with its tenant, and the grants, sent together: one round trip on every tenant request
  // (postgres.js pipelines both on the transaction's connection; docs/performance.md).
  const [[membership], grantRows] = await Promise.all([
    tx
      .select({ roles: memberships.roles, vendorId: memberships.vendorId, tenant: tenants })
      .from(memberships)
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
      .where(
        and(
          tenantFilter(memberships.tenantId, tenantId),
          eq(memberships.userId, userId),
          isNull(memberships.disabledAt),
        ),
      )
      .limit(1),
    tx
      .select()
      .from(grants)
      .where(and(tenantFilter(grants.tenantId, tenantId), eq(grants.userId, userId))),
  ]);
  if (!membership) return null;
  const { tenant } = membership;
  const roles = membership.roles.filter(isRole) as Role[];
  const grantFacts: GrantFacts[] = grantRows.map((g) => ({
    id: g.id,
    actions: g.actions,
    contractIds: g.contractIds,
    serviceLineIds: g.serviceLineIds,
    siteIds: g.siteIds,
    validFrom: g.validFrom.getTime(),
    validUntil: g.validUntil.getTime(),
    revokedAt: g.revokedAt?.getTime() ?? null,
  }));
  return {
    principal: { userId, tenantId, roles, grants: grantFacts, vendorId: membership.vendorId },
    tenant,
  };
}
