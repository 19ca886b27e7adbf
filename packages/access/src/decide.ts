import { activeGrantsFor, type GrantFacts, grantCovers, type ResourceRef } from './grants.ts';
import { grantActionOf, type Permission, ROLE_PERMISSIONS } from './permissions.ts';
import { GRANT_ONLY_ROLES, type Role } from './roles.ts';

/** Who is asking, inside one tenant. Loaded fresh for every request; grants are never cached in a session. */
export interface Principal {
  userId: string;
  tenantId: string;
  roles: readonly Role[];
  grants: readonly GrantFacts[];
  /** The vendor a contractor or general contractor member acts for (memberships.vendor_id). */
  vendorId?: string | null;
}

/** Roles whose access is limited to their own vendor's contracts and records. */
const VENDOR_BOUND_ROLES: readonly Role[] = ['contractor'];

/**
 * When `principal` holds `permission` only through a vendor-bound role (a contractor), the vendor its
 * rows must belong to; null when nothing narrows it. A contractor without a vendor sees nothing.
 */
export function vendorScope(principal: Principal, permission: Permission): string | null {
  const unbound = principal.roles.some(
    (r) => !VENDOR_BOUND_ROLES.includes(r) && ROLE_PERMISSIONS[r].includes(permission),
  );
  if (unbound) return null;
  const bound = principal.roles.some(
    (r) => VENDOR_BOUND_ROLES.includes(r) && ROLE_PERMISSIONS[r].includes(permission),
  );
  return bound ? (principal.vendorId ?? '00000000-0000-0000-0000-000000000000') : null;
}

export type Decision =
  | { allowed: true; via: 'role'; role: Role }
  | { allowed: true; via: 'grant'; grantId: string }
  /** Allowed to ask for a list; rows must then be filtered to the active grants' scope. */
  | { allowed: true; via: 'grant-scope'; grants: readonly GrantFacts[] }
  | { allowed: false; reason: 'no_role' | 'no_grant' | 'outside_grant' };

/** The first of `roles` that holds `permission` tenant-wide. */
export function rolesAllowing(roles: readonly Role[], permission: Permission): Role | undefined {
  return roles.find((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/**
 * The one decision: may `principal` exercise `permission` on `resource` at `now`? Roles decide first;
 * external inspectors and evaluators then get only what an active grant covers. Without a resource (a
 * list), a grant holder is let in with the grants that must filter the rows.
 */
export function decide(
  principal: Principal,
  permission: Permission,
  now: number,
  resource?: ResourceRef,
): Decision {
  const role = rolesAllowing(principal.roles, permission);
  if (role) {
    const vendor = vendorScope(principal, permission);
    if (vendor !== null && resource && resource.vendorId !== vendor)
      return { allowed: false, reason: 'outside_grant' };
    return { allowed: true, via: 'role', role };
  }
  const action = grantActionOf(permission);
  const grantHolder = principal.roles.some((r) => GRANT_ONLY_ROLES.includes(r));
  if (!action || !grantHolder) return { allowed: false, reason: 'no_role' };
  const active = activeGrantsFor(principal.grants, action, now);
  if (active.length === 0) return { allowed: false, reason: 'no_grant' };
  if (!resource) return { allowed: true, via: 'grant-scope', grants: active };
  const grant = active.find((g) => grantCovers(g, action, resource, now));
  return grant
    ? { allowed: true, via: 'grant', grantId: grant.id }
    : { allowed: false, reason: 'outside_grant' };
}

/** For list queries under a grant scope: does any of the grants cover this row? */
export function rowVisibleUnderGrants(
  grants: readonly GrantFacts[],
  permission: Permission,
  row: ResourceRef,
  now: number,
): boolean {
  const action = grantActionOf(permission);
  return action !== undefined && grants.some((g) => grantCovers(g, action, row, now));
}
