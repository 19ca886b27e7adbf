/**
 * Issue 7's permissions (consequences that bite, the deposit ledger, the monthly bulletin, the leadership
 * dashboard), merged into PERMISSIONS and ROLE_PERMISSIONS with one line each.
 */
export const consequencePermissions = {
  /** run the consequence engine on demand (proposals and early warnings) */
  'consequences.evaluate': {},
  /** change the tenant's consequence rules and a contract's overrides */
  'consequences.rules': {},
  /** the vendor: its own consequences and early warnings, and appeals against them */
  'consequences.respond': {},
  'deposits.read': {},
  /** record a deposit received or refunded */
  'deposits.manage': {},
  /** published bulletins (R15: results published to the staff portal and the vendors) */
  'bulletins.read': {},
  /** generate and edit drafts */
  'bulletins.manage': {},
  'bulletins.publish': {},
  'dashboard.read': {},
  /** R22 re-tenders (R5 tenders later): the tenders of a contract, their bidders and award */
  'tenders.read': {},
  /** open a re-tender, record bidders and the award, cancel one */
  'tenders.manage': {},
} as const;

type P = keyof typeof consequencePermissions;

/** Role by role (admin holds every permission already). */
export const consequenceRoleGrants = {
  supervisor: [
    'tenders.read',
    'tenders.manage',
    'consequences.evaluate',
    'deposits.read',
    'bulletins.read',
    'bulletins.manage',
    'dashboard.read',
  ],
  leader: [
    'tenders.read',
    'tenders.manage',
    'consequences.evaluate',
    'consequences.rules',
    'deposits.read',
    'bulletins.read',
    'bulletins.manage',
    'bulletins.publish',
    'dashboard.read',
  ],
  general_contractor: ['bulletins.read'],
  contractor: ['consequences.respond', 'deposits.read', 'bulletins.read'],
  liaison: ['bulletins.read'],
  recipient: ['bulletins.read'],
} as const satisfies Record<string, readonly P[]>;
