import { GRANT_ACTIONS, grantState, isScoped } from '@steward/access';
import { NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const { grants, memberships, users } = schema;

const grantInput = z.object({
  userId: z.uuid(),
  actions: z.array(z.enum(GRANT_ACTIONS)).min(1),
  contractIds: z.array(z.uuid()).max(200).default([]),
  serviceLineIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  siteIds: z.array(z.uuid()).max(200).default([]),
  validFrom: z.iso.datetime({ offset: true }),
  validUntil: z.iso.datetime({ offset: true }),
  reason: z.string().trim().min(2).max(500),
});

export const grantsRouter = router({
  list: tenantProcedure('grants.read').query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({ grant: grants, email: users.email, displayName: users.displayName })
      .from(grants)
      .innerJoin(users, eq(users.id, grants.userId))
      .where(tenantFilter(grants.tenantId, ctx.scope.tenantId))
      .orderBy(desc(grants.createdAt));
    return rows.map(({ grant: g, email, displayName }) => ({
      id: g.id,
      userId: g.userId,
      email,
      displayName,
      actions: g.actions,
      contractIds: g.contractIds,
      serviceLineIds: g.serviceLineIds,
      siteIds: g.siteIds,
      validFrom: g.validFrom,
      validUntil: g.validUntil,
      reason: g.reason,
      grantedBy: g.grantedBy,
      revokedAt: g.revokedAt,
      revokeReason: g.revokeReason,
      state: grantState(
        {
          ...g,
          validFrom: g.validFrom.getTime(),
          validUntil: g.validUntil.getTime(),
          revokedAt: g.revokedAt?.getTime() ?? null,
        },
        ctx.now.getTime(),
      ),
    }));
  }),

  create: tenantProcedure('grants.manage')
    .input(grantInput)
    .mutation(async ({ ctx, input }) => {
      const validFrom = new Date(input.validFrom);
      const validUntil = new Date(input.validUntil);
      if (validUntil <= validFrom) throw new ValidationError({ validUntil: ['grant.until_before_from'] });
      if (!isScoped(input)) throw new ValidationError({ siteIds: ['grant.unscoped'] });
      const [member] = await ctx.tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            tenantFilter(memberships.tenantId, ctx.scope.tenantId),
            eq(memberships.userId, input.userId),
            isNull(memberships.disabledAt),
          ),
        );
      if (!member) throw new ValidationError({ userId: ['grant.not_a_member'] });
      const [row] = await ctx.tx
        .insert(grants)
        .values({
          ...input,
          tenantId: ctx.scope.tenantId,
          validFrom,
          validUntil,
          grantedBy: ctx.scope.userId,
        })
        .returning({ id: grants.id });
      await ctx.audit({ action: 'grant.create', entity: 'grant', entityId: row!.id, after: input });
      return { id: row!.id };
    }),

  revoke: tenantProcedure('grants.manage')
    .input(z.object({ id: z.uuid(), reason: z.string().trim().min(2).max(500) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(grants)
        .set({ revokedAt: ctx.now, revokedBy: ctx.scope.userId, revokeReason: input.reason })
        .where(
          and(
            tenantFilter(grants.tenantId, ctx.scope.tenantId),
            eq(grants.id, input.id),
            isNull(grants.revokedAt),
          ),
        )
        .returning({ id: grants.id });
      if (!row) throw new NotFoundError();
      await ctx.audit({
        action: 'grant.revoke',
        entity: 'grant',
        entityId: input.id,
        after: { reason: input.reason },
      });
      return { ok: true };
    }),
});
