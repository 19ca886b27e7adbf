import type { Permission } from '@steward/access';
import type { AnyRouter } from '@trpc/server';

/**
 * What a procedure needs before it runs. Declared on every procedure (procedures.ts does it); a router
 * with a procedure that declares nothing is refused at start-up by `assertAccessDeclared`.
 */
export type Access =
  /** Anyone, signed in or not (sign-in itself, system info). */
  | { kind: 'public' }
  /** Password checked, second factor still owed. */
  | { kind: 'mfa-pending' }
  /** Any fully signed-in user, outside any tenant (own sessions, tenant switcher). */
  | { kind: 'user' }
  /** Inside the active tenant, with a permission decided by @steward/access. */
  | { kind: 'tenant'; permission: Permission }
  /** The platform operator's provisioning. */
  | { kind: 'platform' };

interface ProcedureDefLike {
  _def: { meta?: { access?: Access }; type: 'query' | 'mutation' | 'subscription' };
}

/** Every procedure of a router, by path, with its declared access. */
export function listProcedures(
  router: AnyRouter,
): { path: string; type: string; access: Access | undefined }[] {
  const procedures = router._def.procedures as Record<string, ProcedureDefLike>;
  return Object.entries(procedures).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    access: procedure._def.meta?.access,
  }));
}

export class AccessNotDeclaredError extends Error {}

/** Refuses a router in which any procedure has not declared what it needs. */
export function assertAccessDeclared(router: AnyRouter): void {
  const missing = listProcedures(router).filter((p) => !p.access);
  if (missing.length > 0) {
    throw new AccessNotDeclaredError(
      `procedures without an access declaration: ${missing.map((p) => p.path).join(', ')} — build them with publicProcedure, userProcedure, tenantProcedure(permission) or platformProcedure`,
    );
  }
}
