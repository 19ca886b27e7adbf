import { NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { SupervisionCtx } from '../contracts/context.ts';

const { memberships, users, vendors } = schema;

/** Roles whose members act for one vendor (memberships.vendor_id). */
export const VENDOR_MEMBER_ROLES = ['contractor', 'general_contractor'] as const;

/** Members who may be linked to a vendor, with the vendor they act for now. */
export async function vendorMemberCandidates(ctx: SupervisionCtx) {
  const rows = await ctx.tx
    .select({
      membershipId: memberships.id,
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      roles: memberships.roles,
      vendorId: memberships.vendorId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(tenantFilter(memberships.tenantId, ctx.scope.tenantId), isNull(memberships.disabledAt)))
    .orderBy(asc(users.displayName));
  return rows.filter((r) =>
    r.roles.some((role) => (VENDOR_MEMBER_ROLES as readonly string[]).includes(role)),
  );
}

export async function linkedMembers(ctx: SupervisionCtx, vendorId: string) {
  return (await vendorMemberCandidates(ctx)).filter((m) => m.vendorId === vendorId);
}

/**
 * Links a contractor or general-contractor member to the vendor it acts for (or unlinks it, vendorId
 * null). From the next request on, a contractor sees only that vendor's records.
 */
export async function setMemberVendor(ctx: SupervisionCtx, membershipId: string, vendorId: string | null) {
  const where = and(tenantFilter(memberships.tenantId, ctx.scope.tenantId), eq(memberships.id, membershipId));
  const [before] = await ctx.tx
    .select({ roles: memberships.roles, vendorId: memberships.vendorId, userId: memberships.userId })
    .from(memberships)
    .where(where);
  if (!before) throw new NotFoundError();
  if (!before.roles.some((r) => (VENDOR_MEMBER_ROLES as readonly string[]).includes(r)))
    throw new ValidationError({ membershipId: ['vendor.member_not_vendor_role'] });
  if (vendorId) {
    const [v] = await ctx.tx
      .select({ id: vendors.id })
      .from(vendors)
      .where(and(tenantFilter(vendors.tenantId, ctx.scope.tenantId), eq(vendors.id, vendorId)));
    if (!v) throw new NotFoundError();
  }
  await ctx.tx.update(memberships).set({ vendorId }).where(where);
  await ctx.audit({
    action: vendorId ? 'membership.link_vendor' : 'membership.unlink_vendor',
    entity: 'membership',
    entityId: membershipId,
    before: { vendorId: before.vendorId },
    after: { vendorId },
  });
  return { membershipId, vendorId };
}
