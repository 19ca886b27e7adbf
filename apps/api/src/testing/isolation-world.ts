import type { Role } from '@steward/access';
import { queryRows, schema } from '@steward/db';
import type { DatabaseSuiteContext } from '@steward/db/testing';
import { sql } from 'drizzle-orm';
import { trpcClient } from '../../test/client.ts';
import { cookieFor, seedTenant } from '../../test/fixtures.ts';
import { fixedClock, testApp } from '../../test/harness.ts';
import { type TenantIds, tenantIds } from './isolation-ids.ts';
import { ALPHA_TEXTS, PROBE_NOW, seedTenantA } from './isolation-tenant-a.ts';

export const ROLES_OF_B: (Role | 'operator')[] = [
  'admin',
  'supervisor',
  'leader',
  'general_contractor',
  'contractor',
  'liaison',
  'recipient',
  'external_inspector',
  'evaluator',
  'operator',
];

/**
 * The suite's two tenants, built once per database: A richly seeded (see seedTenantA), B with one member
 * per role (its external inspector and evaluator with grants on a B site, so they get past the door), and
 * a platform operator.
 */
export async function isolationWorld(ctx: DatabaseSuiteContext) {
  const { app } = testApp(ctx, { clock: fixedClock(PROBE_NOW.toISOString()) });
  const a = await seedTenantA(ctx.db, app);
  const b = await seedTenant(
    ctx.db,
    'Tenant B',
    ROLES_OF_B.filter((r): r is Role => r !== 'operator').map((role) => ({
      email: `b-${role}@b.example`,
      roles: [role],
    })),
  );
  const [operator] = await ctx.db
    .insert(schema.users)
    .values({ email: 'operator@platform.example', displayName: 'Operator', isPlatformOperator: true })
    .returning();
  const adminB = trpcClient(app, {
    cookie: await cookieFor(ctx.db, b.users['b-admin@b.example']!.id, b.tenant.id, PROBE_NOW),
  });
  const siteB = (await adminB.mutation('sites.create', { code: 'B-1', name: 'Beta site' })).body.result.data;
  for (const role of ['external_inspector', 'evaluator'] as const) {
    await adminB.mutation('grants.create', {
      userId: b.users[`b-${role}@b.example`]!.id,
      actions: ['read', 'record_inspection', 'assess'],
      siteIds: [siteB.id],
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2027-01-01T00:00:00Z',
      reason: 'probe',
    });
  }
  // A signed-in session of A's admin: its id is probed as text, and no call of B's may end it.
  const aSession = (await cookieFor(ctx.db, a.userIds.admin!, a.tenantId, PROBE_NOW))
    .split('=')[1]!
    .split('.')[0]!;
  const ids: TenantIds = await tenantIds(ctx.db, a.tenantId);
  const codes = await queryRows<{ code: string }>(
    ctx.db,
    sql`select tracking_code as code from complaints where tenant_id = ${a.tenantId}`,
  );
  // The generator tags every person, email and contract code of A with `s<seed>t0`.
  const texts = [...ALPHA_TEXTS, a.name, 's9017t0', '生成测试', ...codes.map((c) => c.code)];
  const sessionFor = async (role: Role | 'operator') =>
    role === 'operator'
      ? cookieFor(ctx.db, operator!.id, null, PROBE_NOW)
      : cookieFor(ctx.db, b.users[`b-${role}@b.example`]!.id, b.tenant.id, PROBE_NOW);
  return { app, a, ids, aSession, texts, sessionFor };
}

export type IsolationWorld = Awaited<ReturnType<typeof isolationWorld>>;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What of A a response shows: its ids (any row of any table, its people, sessions) and its texts. */
export function leakedIn(body: string, w: IsolationWorld, allowed: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const id of body.match(UUID) ?? []) {
    const lower = id.toLowerCase();
    if (w.ids.all.has(lower) && !allowed.has(lower)) found.add(lower);
  }
  for (const text of w.texts) if (body.includes(text) && !allowed.has(text)) found.add(text);
  return [...found];
}
