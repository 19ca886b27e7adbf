import { isRole } from '@steward/access';
import { ForbiddenError, NotFoundError, ValidationError } from '@steward/core';
import { asUser, schema } from '@steward/db';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import {
  acceptInvitation,
  beginTotpEnrolment,
  completeMfa,
  confirmTotpEnrolment,
  requestPasswordReset,
  resetPassword,
} from '../../auth/account-service.ts';
import { removeSessionCookie, setSessionCookie } from '../../auth/cookie-writer.ts';
import {
  createSession,
  deleteAllSessionsOfUser,
  deleteSession,
  listSessionsOfUser,
  updateSession,
} from '../../auth/session-service.ts';
import { signInWithPassword } from '../../auth/sign-in.ts';
import { parseInvitationToken } from '../../services/invitations.ts';
import { router } from '../init.ts';
import { mfaPendingProcedure, publicProcedure, userProcedure } from '../procedures.ts';

const { memberships, tenants } = schema;

const email = z.email().max(254);
const password = z.string().min(1).max(256);

export const authRouter = router({
  signIn: publicProcedure.input(z.object({ email, password })).mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    const result = await signInWithPassword(ctx.db, { ...input, ip: ctx.clientIp, now });
    const previous = await ctx.loadSession();
    if (previous) await deleteSession(ctx.db, previous.id); // a new sign-in never inherits an old session
    const session = await createSession(ctx.db, {
      ...result,
      userAgent: ctx.userAgent,
      ip: ctx.clientIp,
      now,
    });
    setSessionCookie(ctx, session.token, session.expiresAt);
    return { pendingMfa: result.pendingMfa };
  }),

  verifyTotp: mfaPendingProcedure
    .input(z.object({ code: z.string().min(6).max(32) }))
    .mutation(async ({ ctx, input }) => {
      await completeMfa(ctx.db, ctx.session.userId, input.code, ctx.clock.now());
      await updateSession(ctx.db, ctx.session.id, { pendingMfa: false });
      return { ok: true };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const session = await ctx.loadSession();
    if (session) await deleteSession(ctx.db, session.id);
    removeSessionCookie(ctx);
    return { ok: true };
  }),

  /** Who am I, where can I work, and what does the session still need (second factor, enrolment). */
  me: publicProcedure.query(async ({ ctx }) => {
    const session = await ctx.loadSession();
    if (!session) return null;
    const base = {
      userId: session.userId,
      email: session.email,
      displayName: session.displayName,
      pendingMfa: session.pendingMfa,
    };
    if (session.pendingMfa)
      return { ...base, isPlatformOperator: false, hasTotp: true, activeTenantId: null, tenants: [] };
    const rows = await asUser(ctx.db, session.userId, (tx) =>
      tx
        .select({
          tenantId: tenants.id,
          name: tenants.name,
          timeZone: tenants.timeZone,
          roles: memberships.roles,
          settings: tenants.settings,
        })
        .from(memberships)
        .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
        .where(and(eq(memberships.userId, session.userId), isNull(memberships.disabledAt))),
    );
    return {
      ...base,
      isPlatformOperator: session.isPlatformOperator,
      hasTotp: session.hasTotp,
      activeTenantId: session.activeTenantId,
      tenants: rows.map((r) => ({
        id: r.tenantId,
        name: r.name,
        timeZone: r.timeZone,
        roles: r.roles.filter(isRole),
        mfaRequired: !session.hasTotp && r.roles.some((role) => r.settings.mfaRequiredRoles.includes(role)),
      })),
    };
  }),

  switchTenant: userProcedure.input(z.object({ tenantId: z.uuid() })).mutation(async ({ ctx, input }) => {
    const [membership] = await ctx.tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.userId, ctx.session.userId),
          eq(memberships.tenantId, input.tenantId),
          isNull(memberships.disabledAt),
        ),
      )
      .limit(1);
    if (!membership) throw new NotFoundError();
    await updateSession(ctx.tx, ctx.session.id, { activeTenantId: input.tenantId });
    return { activeTenantId: input.tenantId };
  }),

  sessions: userProcedure.query(async ({ ctx }) => {
    const rows = await listSessionsOfUser(ctx.tx, ctx.session.userId);
    return rows.map((r) => ({ ...r, current: r.id === ctx.session.id }));
  }),

  revokeSession: userProcedure
    .input(z.object({ sessionId: z.string().max(64) }))
    .mutation(async ({ ctx, input }) => {
      const mine = await listSessionsOfUser(ctx.tx, ctx.session.userId);
      if (!mine.some((s) => s.id === input.sessionId)) throw new NotFoundError();
      await deleteSession(ctx.tx, input.sessionId);
      if (input.sessionId === ctx.session.id) removeSessionCookie(ctx);
      return { ok: true };
    }),

  revokeOtherSessions: userProcedure.mutation(async ({ ctx }) => {
    await deleteAllSessionsOfUser(ctx.tx, ctx.session.userId, ctx.session.id);
    return { ok: true };
  }),

  beginTotp: userProcedure.mutation(({ ctx }) => {
    if (ctx.session.hasTotp) throw new ForbiddenError('auth.totp_already_enrolled');
    return beginTotpEnrolment(ctx.session.email);
  }),

  confirmTotp: userProcedure
    .input(z.object({ secret: z.string().min(16).max(64), code: z.string().min(6).max(8) }))
    .mutation(({ ctx, input }) =>
      confirmTotpEnrolment(ctx.tx, ctx.session.userId, input.secret, input.code, ctx.clock.now()),
    ),

  acceptInvitation: publicProcedure
    .input(z.object({ token: z.string().max(200), displayName: z.string().trim().max(100), password }))
    .mutation(async ({ ctx, input }) => {
      const parsed = parseInvitationToken(input.token);
      if (!parsed) throw new ValidationError({ token: ['auth.invitation_invalid'] });
      const now = ctx.clock.now();
      const accepted = await acceptInvitation(ctx.db, {
        ...parsed,
        displayName: input.displayName,
        password: input.password,
        now,
      });
      return { tenantId: accepted.tenantId };
    }),

  requestPasswordReset: publicProcedure.input(z.object({ email })).mutation(async ({ ctx, input }) => {
    await requestPasswordReset(ctx.db, input.email, ctx.clock.now(), ctx.config.publicOrigin);
    return { ok: true };
  }),

  resetPassword: publicProcedure
    .input(z.object({ token: z.string().max(200), password }))
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx.db, input.token, input.password, ctx.clock.now());
      return { ok: true };
    }),
});
