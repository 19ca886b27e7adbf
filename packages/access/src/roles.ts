/** The roles of requirements.md, as stored in memberships. */
export const ROLES = [
  'admin',
  'supervisor',
  'leader',
  'general_contractor',
  'contractor',
  'liaison',
  'recipient',
  'external_inspector',
  'evaluator',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles that see nothing by membership alone: only what a grant gives them (D2, R7). */
export const GRANT_ONLY_ROLES: readonly Role[] = ['external_inspector', 'evaluator'];

export const roleNames: Record<Role, { 'zh-CN': string; en: string }> = {
  admin: { 'zh-CN': '系统管理员', en: 'Agency admin' },
  supervisor: { 'zh-CN': '监管员', en: 'Supervisor' },
  leader: { 'zh-CN': '局领导', en: 'Leader' },
  general_contractor: { 'zh-CN': '物业总承包', en: 'General contractor' },
  contractor: { 'zh-CN': '承包单位', en: 'Contractor' },
  liaison: { 'zh-CN': '质量联络员', en: 'Liaison officer' },
  recipient: { 'zh-CN': '机关干部', en: 'Service recipient' },
  external_inspector: { 'zh-CN': '外部监管部门', en: 'External inspector' },
  evaluator: { 'zh-CN': '第三方评估机构', en: 'Third-party evaluator' },
};
