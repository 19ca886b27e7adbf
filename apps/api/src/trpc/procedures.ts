import { type Decision, decide, type Permission, type Principal, type ResourceRef } from '@steward/access';
import { ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError } from '@steward/core';
import {
  type AuditEvent,
  appendAudit,
  asPlatform,
  asUser,
  type Database,
  inTenant,
  type TenantScope,
} from '@steward/db';
import type { ResolvedSession } from '../auth/session-service.ts';
import type { Logger } from '../logger.ts';
import { type LoadedPrincipal, loadPrincipal } from '../services/principal.ts';
import { baseProcedure } from './init.ts';

/** Anyone may call it. Say so explicitly: an undeclared procedure cannot be registered. */
export const publicProcedure = baseProcedure.meta({ access: { kind: 'public' } });

/** The password was right and the second factor is still owed; only the TOTP step uses this. */
export const mfaPendingProcedure = baseProcedure
  .meta({ access: { kind: 'mfa-pending' } })
  .use(async ({ ctx, next }) => {
    const session = await ctx.loadSession();
    if (!session) throw new UnauthenticatedError();
    return next({ ctx: { session } });
  });

function requireFullSession(session: ResolvedSession | null) {
  if (!session) throw new UnauthenticatedError();
  if (session.pendingMfa) throw new UnauthenticatedError('auth.mfa_required');
  return session;
}

/** A signed-in user outside any tenant: their own sessions, profile, and the tenant switcher. */
export const userProcedure = baseProcedure.meta({ access: { kind: 'user' } }).use(async ({ ctx, next }) => {
  const session = requireFullSession(await ctx.loadSession());
  return asUser(ctx.db, session.userId, async (tx) => {
    // `db` is the transaction too: a second transaction on PGlite's single connection would wait forever.
    const result = await next({ ctx: { session, tx, db: tx } });
    if (!result.ok) throw result.error; // roll the transaction back
    return result;
  });
});

/** Tools a tenant procedure gets besides its transaction. */
export interface TenantTools {
  tx: Database;
  scope: TenantScope & { userId: string };
  now: Date;
  decision: Decision;
  /** Object-level check (ASVS 8.2.2): throws unless the caller may act on this resource. */
  authorize(permission: Permission, resource: ResourceRef): void;
  /** Appends to the tenant's audit chain in the same transaction as the change. */
  audit(event: AuditEvent): Promise<void>;
}

/** What `runInTenant` needs from a request: the same for tRPC procedures and plain Hono routes. */
export interface TenantRequest {
  db: Database;
  session: ResolvedSession | null;
  now: Date;
  log: Logger;
  /** what is being called, for the refusal log */
  path: string;
}

export type TenantRequestTools = TenantTools & {
  session: ResolvedSession;
  principal: Principal;
  tenant: LoadedPrincipal['tenant'];
};

/**
 * Inside the session's active tenant, as the application role (RLS applies), in one transaction that
 * rolls back if `fn` fails. Roles, MFA and grants are re-read on every request. Shared by
 * `tenantProcedure` and the HTTP routes that cannot be tRPC (file uploads), so both apply the same rules.
 */
export async function runInTenant<T>(
  request: TenantRequest,
  permission: Permission,
  fn: (tools: TenantRequestTools) => Promise<T>,
): Promise<T> {
  const { db, now, log, path } = request;
  const session = requireFullSession(request.session);
  const tenantId = session.activeTenantId;
  if (!tenantId) throw new PreconditionError('auth.no_tenant_selected');
  const scope = { tenantId, userId: session.userId };
  return inTenant(db, scope, async (tx) => {
    const loaded = await loadPrincipal(tx, tenantId, session.userId);
    if (!loaded) throw new ForbiddenError('auth.not_a_member');
    const { principal, tenant } = loaded;
    const mfaRoles = tenant.settings.mfaRequiredRoles;
    if (!session.hasTotp && principal.roles.some((r) => mfaRoles.includes(r))) {
      throw new ForbiddenError('auth.mfa_enrollment_required');
    }
    const decision = decide(principal, permission, now.getTime());
    if (!decision.allowed) {
      log.warn('authorization refused', {
        path,
        permission,
        reason: decision.reason,
        userId: session.userId,
        tenantId,
      });
      throw new ForbiddenError();
    }
    const tools: TenantTools = {
      tx,
      scope,
      now,
      decision,
      authorize(needed, resource) {
        const d = decide(principal, needed, now.getTime(), resource);
        if (!d.allowed) {
          log.warn('authorization refused', {
            path,
            permission: needed,
            reason: d.reason,
            userId: session.userId,
          });
          // Outside a grant's scope looks the same as not existing: no probing for ids.
          throw d.reason === 'outside_grant' ? new NotFoundError() : new ForbiddenError();
        }
      },
      audit: async (event) => {
        await appendAudit(tx, scope, now, event);
      },
    };
    return fn({ ...tools, session, principal, tenant });
  });
}

/** A tRPC procedure inside the session's active tenant (see `runInTenant`). */
export function tenantProcedure(permission: Permission) {
  return baseProcedure.meta({ access: { kind: 'tenant', permission } }).use(async ({ ctx, next, path }) =>
    runInTenant(
      { db: ctx.db, session: await ctx.loadSession(), now: ctx.clock.now(), log: ctx.log, path },
      permission,
      async (tools) => {
        const result = await next({ ctx: { ...tools, db: tools.tx } });
        if (!result.ok) throw result.error; // roll the transaction back
        return result;
      },
    ),
  );
}

/** The platform operator provisions tenants; tenant data stays invisible (RLS still needs a tenant). */
export const platformProcedure = baseProcedure
  .meta({ access: { kind: 'platform' } })
  .use(async ({ ctx, next }) => {
    const session = requireFullSession(await ctx.loadSession());
    if (!session.isPlatformOperator) throw new ForbiddenError();
    return asPlatform(ctx.db, session.userId, async (tx) => {
      const result = await next({ ctx: { session, tx, db: tx, now: ctx.clock.now() } });
      if (!result.ok) throw result.error;
      return result;
    });
  });
