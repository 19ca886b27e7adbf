import { rowVisibleUnderGrants } from '@steward/access';
import { NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { SupervisionCtx } from './context.ts';
import { listGrantsOf } from './visibility.ts';

const { supervisorAssignments, memberships, users, sites, tenantServiceLines } = schema;

const out = {
  id: supervisorAssignments.id,
  userId: supervisorAssignments.userId,
  serviceLineId: supervisorAssignments.serviceLineId,
  siteId: supervisorAssignments.siteId,
  createdAt: supervisorAssignments.createdAt,
};

/** Who inspects which service line (条检, R13): per site, or for every site when siteId is null. */
export async function listAssignments(ctx: SupervisionCtx) {
  const rows = await ctx.tx
    .select({ ...out, displayName: users.displayName })
    .from(supervisorAssignments)
    .innerJoin(users, eq(users.id, supervisorAssignments.userId))
    .where(tenantFilter(supervisorAssignments.tenantId, ctx.scope.tenantId))
    .orderBy(asc(supervisorAssignments.serviceLineId), asc(supervisorAssignments.createdAt));
  const grants = listGrantsOf(ctx);
  if (!grants) return rows;
  return rows.filter((r) =>
    rowVisibleUnderGrants(
      grants,
      'plans.read',
      { serviceLineId: r.serviceLineId, siteId: r.siteId },
      ctx.now.getTime(),
    ),
  );
}

/** Assigns (or reassigns) the supervisor of a service line, for one site or for all. */
export async function assignSupervisor(
  ctx: SupervisionCtx,
  input: { serviceLineId: string; siteId: string | null; userId: string },
) {
  const tenantId = ctx.scope.tenantId;
  const errors: Record<string, string[]> = {};
  const [member] = await ctx.tx
    .select({ roles: memberships.roles })
    .from(memberships)
    .where(
      and(
        tenantFilter(memberships.tenantId, tenantId),
        eq(memberships.userId, input.userId),
        isNull(memberships.disabledAt),
      ),
    );
  if (!member?.roles.includes('supervisor')) errors.userId = ['assignment.not_a_supervisor'];
  const [line] = await ctx.tx
    .select({ enabled: tenantServiceLines.enabled })
    .from(tenantServiceLines)
    .where(
      and(
        tenantFilter(tenantServiceLines.tenantId, tenantId),
        eq(tenantServiceLines.pluginId, input.serviceLineId),
      ),
    );
  if (!line?.enabled) errors.serviceLineId = ['assignment.service_line_not_enabled'];
  if (input.siteId) {
    const [site] = await ctx.tx
      .select({ id: sites.id })
      .from(sites)
      .where(and(tenantFilter(sites.tenantId, tenantId), eq(sites.id, input.siteId)));
    if (!site) errors.siteId = ['contract.site_unknown'];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const slot = and(
    tenantFilter(supervisorAssignments.tenantId, tenantId),
    eq(supervisorAssignments.serviceLineId, input.serviceLineId),
    input.siteId ? eq(supervisorAssignments.siteId, input.siteId) : isNull(supervisorAssignments.siteId),
  );
  const [before] = await ctx.tx.select(out).from(supervisorAssignments).where(slot);
  const [after] = before
    ? await ctx.tx.update(supervisorAssignments).set({ userId: input.userId }).where(slot).returning(out)
    : await ctx.tx
        .insert(supervisorAssignments)
        .values({ ...input, tenantId })
        .returning(out);
  await ctx.audit({
    action: 'assignment.set',
    entity: 'supervisor_assignment',
    entityId: after!.id,
    before: before ?? null,
    after,
  });
  return after!;
}

export async function removeAssignment(ctx: SupervisionCtx, id: string) {
  const where = and(
    tenantFilter(supervisorAssignments.tenantId, ctx.scope.tenantId),
    eq(supervisorAssignments.id, id),
  );
  const [before] = await ctx.tx.delete(supervisorAssignments).where(where).returning(out);
  if (!before) throw new NotFoundError();
  await ctx.audit({ action: 'assignment.remove', entity: 'supervisor_assignment', entityId: id, before });
  return { ok: true };
}
