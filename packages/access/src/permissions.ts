import { consequencePermissions, consequenceRoleGrants } from './consequence-permissions.ts';
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
  'vendors.read': { grantAction: 'read' },
  'vendors.manage': {},
  'contracts.read': { grantAction: 'read' },
  'contracts.manage': {},
  'plans.read': { grantAction: 'read' },
  'plans.manage': {},
  'inspections.read': { grantAction: 'read' },
  /** internal inspections; external inspectors and evaluators through a record_inspection grant */
  'inspections.record': { grantAction: 'record_inspection' },
  /** third-party assessments (evaluators) */
  'inspections.assess': { grantAction: 'assess' },
  /** the vendor's own self-inspection (自管), reported apart */
  'inspections.self': {},
  'rectifications.read': { grantAction: 'read' },
  'rectifications.issue': {},
  'rectifications.respond': {},
  'rectifications.verify': {},
  'scores.read': { grantAction: 'read' },
  'scores.bonus': {},
  'scores.approve': {},
  'consequences.read': {},
  'consequences.decide': {},
  'complaints.read': { grantAction: 'read' },
  /** file one's own complaint from the app (liaison officers, service recipients) */
  'complaints.report': {},
  /** record a complaint for someone else: the 110 hotline operator */
  'complaints.record': {},
  /** accept, reject, route, investigate, decide responsibility, verify, close */
  'complaints.handle': {},
  /** the vendor reports its correction of a substantiated complaint */
  'complaints.respond': {},
  'meetings.read': {},
  'meetings.manage': {},
  /** survey results (R21) and rounds */
  'surveys.read': {},
  /** questionnaires, rounds, invitations, reminders, posters */
  'surveys.manage': {},
  ...consequencePermissions,
} as const satisfies Record<string, { grantAction?: GrantAction }>;

export type Permission = keyof typeof PERMISSIONS;

export function grantActionOf(permission: Permission): GrantAction | undefined {
  const spec: { grantAction?: GrantAction } = PERMISSIONS[permission];
  return spec.grantAction;
}

const everything = Object.keys(PERMISSIONS) as Permission[];

/** What each role may do tenant-wide, by membership alone. Grant-only roles get nothing here. */
const supervisionReads: Permission[] = [
  'tenant.read',
  'sites.read',
  'catalogue.read',
  'vendors.read',
  'contracts.read',
  'plans.read',
  'inspections.read',
  'rectifications.read',
  'scores.read',
];
const complaintHandling: Permission[] = [
  'complaints.read',
  'complaints.report',
  'complaints.record',
  'complaints.handle',
  'meetings.read',
  'meetings.manage',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: everything.filter(
    (p) => p !== 'inspections.self' && p !== 'rectifications.respond' && p !== 'complaints.respond',
  ),
  supervisor: [
    ...consequenceRoleGrants.supervisor,
    ...supervisionReads,
    'people.read',
    'plans.manage',
    'inspections.record',
    'rectifications.issue',
    'rectifications.verify',
    'scores.bonus',
    'surveys.read',
    'surveys.manage',
    'consequences.read',
    ...complaintHandling,
  ],
  leader: [
    ...consequenceRoleGrants.leader,
    ...supervisionReads,
    'people.read',
    'grants.read',
    'audit.read',
    'inspections.record',
    'scores.approve',
    'surveys.read',
    'consequences.read',
    'consequences.decide',
    'complaints.read',
    'complaints.report',
    'meetings.read',
    'meetings.manage',
  ],
  // The general contractor helps supervise (协管): joins joint inspections and verifies rectifications.
  general_contractor: [
    ...supervisionReads,
    'inspections.record',
    'rectifications.verify',
    ...consequenceRoleGrants.general_contractor,
  ],
  // A contractor sees only its own vendor's contracts (see vendorScope in decide.ts).
  contractor: [
    ...consequenceRoleGrants.contractor,
    'tenant.read',
    'sites.read',
    'catalogue.read',
    // Its own vendor's profile, licences and staff certificates (narrowed by vendorScope).
    'vendors.read',
    'contracts.read',
    'inspections.read',
    'inspections.self',
    'rectifications.read',
    'rectifications.respond',
    'scores.read',
    'complaints.read',
    'complaints.respond',
  ],
  liaison: [
    'tenant.read',
    'sites.read',
    'catalogue.read',
    'complaints.report',
    ...consequenceRoleGrants.liaison,
  ],
  recipient: ['tenant.read', 'catalogue.read', 'complaints.report', ...consequenceRoleGrants.recipient],
  external_inspector: [],
  evaluator: [],
};
