import { ROLES } from '@steward/access';
import { NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { deleteAllSessionsOfUser } from '../../auth/session-service.ts';
import { createInvitation, listOpenInvitations } from '../../services/invitations.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const { memberships, users, invitations } = schema;

const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

export const peopleRouter = router({
  list: tenantProcedure('people.read').query(({ ctx }) =>
    ctx.tx
      .select({
        membershipId: memberships.id,
        userId: users.id,
        email: users.email,
        displayName: users.displayName,
        roles: memberships.roles,
        disabledAt: memberships.disabledAt,
        hasTotp: users.totpSecret,
        since: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(tenantFilter(memberships.tenantId, ctx.scope.tenantId))
      .orderBy(asc(users.displayName))
      .then((rows) => rows.map((r) => ({ ...r, hasTotp: r.hasTotp !== null }))),
  ),

  invitations: tenantProcedure('people.read').query(({ ctx }) =>
    listOpenInvitations(ctx.tx, ctx.scope.tenantId),
  ),

  invite: tenantProcedure('people.manage')
    .input(
      z.object({ email: z.email().max(254), displayName: z.string().trim().max(100).default(''), roles }),
    )
    .mutation(({ ctx, input }) =>
      createInvitation(ctx.tx, ctx.scope, {
        ...input,
        invitedBy: ctx.scope.userId,
        now: ctx.now,
        publicOrigin: ctx.config.publicOrigin,
      }),
    ),

  revokeInvitation: tenantProcedure('people.manage')
    .input(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(invitations)
        .set({ revokedAt: ctx.now })
        .where(and(tenantFilter(invitations.tenantId, ctx.scope.tenantId), eq(invitations.id, input.id)))
        .returning({ id: invitations.id, email: invitations.email });
      if (!row) throw new NotFoundError();
      await ctx.audit({
        action: 'invitation.revoke',
        entity: 'invitation',
        entityId: row.id,
        before: { email: row.email },
      });
      return { ok: true };
    }),

  setRoles: tenantProcedure('people.manage')
    .input(z.object({ membershipId: z.uuid(), roles }))
    .mutation(async ({ ctx, input }) => {
      const where = and(
        tenantFilter(memberships.tenantId, ctx.scope.tenantId),
        eq(memberships.id, input.membershipId),
      );
      const [before] = await ctx.tx.select({ roles: memberships.roles }).from(memberships).where(where);
      if (!before) throw new NotFoundError();
      await ctx.tx.update(memberships).set({ roles: input.roles }).where(where);
      await ctx.audit({
        action: 'membership.roles',
        entity: 'membership',
        entityId: input.membershipId,
        before,
        after: { roles: input.roles },
      });
      return { ok: true };
    }),

  /** Disabling a membership takes effect on the member's next request; their sessions end too. */
  setDisabled: tenantProcedure('people.manage')
    .input(z.object({ membershipId: z.uuid(), disabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(memberships)
        .set({ disabledAt: input.disabled ? ctx.now : null })
        .where(
          and(tenantFilter(memberships.tenantId, ctx.scope.tenantId), eq(memberships.id, input.membershipId)),
        )
        .returning({ userId: memberships.userId });
      if (!row) throw new NotFoundError();
      await ctx.audit({
        action: input.disabled ? 'membership.disable' : 'membership.enable',
        entity: 'membership',
        entityId: input.membershipId,
      });
      if (input.disabled) await deleteAllSessionsOfUser(ctx.tx, row.userId);
      return { ok: true };
    }),
});
