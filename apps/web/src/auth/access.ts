import { GRANT_ONLY_ROLES, type Permission, ROLE_PERMISSIONS, type Role } from '@steward/access';

/**
 * Who sees a screen. The API decides every request on its own; this only keeps the navigation to what
 * the user's roles in the active tenant can open, with the same role → permission table the API uses.
 */
export interface ScreenAccess {
  permission: Permission;
  /** Also for external inspectors and evaluators, whose grants (not roles) may give the permission. */
  viaGrants?: boolean;
}

export function rolesAllow(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function canOpen(access: ScreenAccess | undefined, roles: readonly Role[]): boolean {
  if (!access) return true;
  if (rolesAllow(roles, access.permission)) return true;
  return access.viaGrants === true && roles.some((role) => GRANT_ONLY_ROLES.includes(role));
}
