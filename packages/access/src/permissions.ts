import type { Role } from './roles.ts';

/** Actions a grant can give (issue 3): read, record inspections, assess. */
export const GRANT_ACTIONS = ['read', 'record_inspection', 'assess'] as const;
export type GrantAction = (typeof GRANT_ACTIONS)[number];

/**
 * Every permission a procedure can require. `grantAction` marks the ones a scoped grant can give to an
 * external inspector or evaluator; the others come from roles only.
 */
export const PERMISSIONS = {
  'tenant.read': { grantAction: 'read' },
  'tenant.manage': {},
  'sites.read': { grantAction: 'read' },
  'sites.manage': {},
  'people.read': {},
  'people.manage': {},
  'grants.read': {},
  'grants.manage': {},
  'audit.read': {},
  'catalogue.read': { grantAction: 'read' },
  'catalogue.manage': {},
} as const satisfies Record<string, { grantAction?: GrantAction }>;

export type Permission = keyof typeof PERMISSIONS;

export function grantActionOf(permission: Permission): GrantAction | undefined {
  const spec: { grantAction?: GrantAction } = PERMISSIONS[permission];
  return spec.grantAction;
}

const everything = Object.keys(PERMISSIONS) as Permission[];

/** What each role may do tenant-wide, by membership alone. Grant-only roles get nothing here. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: everything,
  supervisor: ['tenant.read', 'sites.read', 'people.read', 'catalogue.read'],
  leader: ['tenant.read', 'sites.read', 'people.read', 'grants.read', 'audit.read', 'catalogue.read'],
  general_contractor: ['tenant.read', 'sites.read', 'catalogue.read'],
  contractor: ['tenant.read', 'sites.read', 'catalogue.read'],
  liaison: ['tenant.read', 'sites.read', 'catalogue.read'],
  recipient: ['tenant.read', 'catalogue.read'],
  external_inspector: [],
  evaluator: [],
};
