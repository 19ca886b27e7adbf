import type { Role } from '@steward/access';
import { hashPassword } from '@steward/auth';
import { type Database, schema } from '@steward/db';

/** One demo sign-in per role; printed at start-up and listed in the README. Demo only: never reuse. */
export const DEMO_PASSWORD = 'steward-demo-2026';

export const DEMO_PEOPLE: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@demo.steward.cn', name: '李管理', roles: ['admin'] },
  { email: 'supervisor@demo.steward.cn', name: '王监管', roles: ['supervisor'] },
  { email: 'leader@demo.steward.cn', name: '赵局长', roles: ['leader'] },
  { email: 'gc@demo.steward.cn', name: '孙物业', roles: ['general_contractor'] },
  { email: 'contractor@demo.steward.cn', name: '周保安', roles: ['contractor'] },
  { email: 'liaison@demo.steward.cn', name: '吴联络', roles: ['liaison'] },
  { email: 'recipient@demo.steward.cn', name: '郑干部', roles: ['recipient'] },
  { email: 'inspector@demo.steward.cn', name: '冯检验', roles: ['external_inspector'] },
  { email: 'evaluator@demo.steward.cn', name: '陈评估', roles: ['evaluator'] },
];

/** The other vendors' own accounts (the security company's is the contractor above); same password. */
export const DEMO_VENDOR_ACCOUNTS: Record<string, string> = {
  'conference-cleaning': 'cleaning@demo.steward.cn',
  catering: 'catering@demo.steward.cn',
  elevator: 'elevator@demo.steward.cn',
  fire: 'fire@demo.steward.cn',
};

export const DEMO_OPERATOR = { email: 'operator@demo.steward.cn', name: '平台运维' };

/** One hash of the demo password for every demo user: hashing each time would slow the first start. */
export const demoPasswordHash = () => hashPassword(DEMO_PASSWORD);

/** Creates the demo users. */
export async function createDemoPeople(db: Database, tenantId: string, passwordHash: string) {
  const ids: Record<string, string> = {};
  for (const person of DEMO_PEOPLE) {
    const [user] = await db
      .insert(schema.users)
      .values({ email: person.email, displayName: person.name, passwordHash })
      .returning({ id: schema.users.id });
    await db.insert(schema.memberships).values({ tenantId, userId: user!.id, roles: person.roles });
    ids[person.roles[0]!] = user!.id;
  }
  await db.insert(schema.users).values({
    email: DEMO_OPERATOR.email,
    displayName: DEMO_OPERATOR.name,
    passwordHash,
    isPlatformOperator: true,
  });
  return ids;
}
