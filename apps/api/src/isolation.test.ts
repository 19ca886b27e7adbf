import type { Role } from '@steward/access';
import { queryRows, schema, setAppTenantFilterDisabledForTests } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { trpcClient } from '../test/client.ts';
import { cookieFor, seedTenant } from '../test/fixtures.ts';
import { testApp } from '../test/harness.ts';
import { probeInputs } from '../test/input-probe.ts';
import { listProcedures } from './trpc/access.ts';
import { appRouter } from './trpc/router.ts';

/**
 * Tenant isolation (D1, ASVS 8.4.1): every registered procedure is called as every role of tenant B
 * with tenant A's ids, over HTTP. Nothing of A may come back and nothing of A may change. The second
 * pass switches the API's own tenant filter off: row-level security alone must still hold. New
 * procedures join automatically.
 */
const ROLES_OF_B: (Role | 'operator')[] = [
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

describeEachDatabase('tenant isolation across every procedure', (ctx) => {
  afterAll(() => setAppTenantFilterDisabledForTests(false));

  let worlds = 0;
  async function world() {
    const { app } = testApp(ctx);
    const w = ++worlds;
    const now = new Date('2026-03-02T01:00:00Z');
    const a = await seedTenant(ctx.db, 'Tenant A', [
      { email: `alpha-admin-${w}@a.example`, roles: ['admin'], displayName: 'ALPHA-ADMIN-NAME' },
      { email: `alpha-eval-${w}@a.example`, roles: ['evaluator'], displayName: 'ALPHA-EVAL-NAME' },
    ]);
    const b = await seedTenant(
      ctx.db,
      'Tenant B',
      ROLES_OF_B.filter((r): r is Role => r !== 'operator').map((role) => ({
        email: `b-${role}-${w}@b.example`,
        roles: [role],
      })),
    );
    const [operator] = await ctx.db
      .insert(schema.users)
      .values({ email: `operator-${w}@platform.example`, displayName: 'Operator', isPlatformOperator: true })
      .returning();
    const aAdmin = a.users[`alpha-admin-${w}@a.example`]!;
    const aEval = a.users[`alpha-eval-${w}@a.example`]!;
    // A's data, made through the API so that audit entries exist too.
    const adminA = trpcClient(app, { cookie: await cookieFor(ctx.db, aAdmin.id, a.tenant.id, now) });
    const site1 = (
      await adminA.mutation('sites.create', { code: 'A-1', name: 'ALPHA-SITE-ONE', address: 'ALPHA-ADDRESS' })
    ).body.result.data;
    const site2 = (await adminA.mutation('sites.create', { code: 'A-2', name: 'ALPHA-SITE-TWO' })).body.result
      .data;
    const invitation = (
      await adminA.mutation('people.invite', { email: 'alpha-invitee@a.example', roles: ['supervisor'] })
    ).body.result.data;
    const grant = (
      await adminA.mutation('grants.create', {
        userId: aEval.id,
        actions: ['read'],
        siteIds: [site1.id],
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z',
        reason: 'ALPHA-GRANT-REASON',
      })
    ).body.result.data;
    const memberships = await ctx.db
      .select({ id: schema.memberships.id })
      .from(schema.memberships)
      .where(sql`tenant_id = ${a.tenant.id}`);
    const aSession = (await cookieFor(ctx.db, aAdmin.id, a.tenant.id, now)).split('=')[1]!.split('.')[0]!;
    // B's external inspector and evaluator hold grants on a B site, so they get past the door.
    const adminB = trpcClient(app, {
      cookie: await cookieFor(ctx.db, b.users[`b-admin-${w}@b.example`]!.id, b.tenant.id, now),
    });
    const siteB = (await adminB.mutation('sites.create', { code: 'B-1', name: 'Beta site' })).body.result
      .data;
    for (const role of ['external_inspector', 'evaluator'] as const) {
      await adminB.mutation('grants.create', {
        userId: b.users[`b-${role}-${w}@b.example`]!.id,
        actions: ['read', 'record_inspection', 'assess'],
        siteIds: [siteB.id],
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z',
        reason: 'probe',
      });
    }
    const aIds = [
      a.tenant.id,
      site1.id,
      site2.id,
      aAdmin.id,
      aEval.id,
      invitation.id,
      grant.id,
      ...memberships.map((m) => m.id),
    ];
    const markers = [
      ...aIds,
      'ALPHA-SITE-ONE',
      'ALPHA-SITE-TWO',
      'ALPHA-ADDRESS',
      'ALPHA-ADMIN-NAME',
      'ALPHA-EVAL-NAME',
      `alpha-admin-${w}@a.example`,
      'alpha-invitee@a.example',
      'ALPHA-GRANT-REASON',
    ];
    const sessionFor = async (role: Role | 'operator') =>
      role === 'operator'
        ? cookieFor(ctx.db, operator!.id, null, now)
        : cookieFor(ctx.db, b.users[`b-${role}-${w}@b.example`]!.id, b.tenant.id, now);
    return { app, a, aIds, aSession, markers, sessionFor };
  }

  /** A digest of everything tenant A owns, read as the database owner (RLS does not apply to it). */
  async function fingerprintOf(tenantId: string, userIds: string[]) {
    const tables = await queryRows<{ name: string }>(
      ctx.db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
          order by 1`,
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const [row] = await queryRows<{ digest: string | null; n: number }>(
        ctx.db,
        sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest, count(*)::int as n
            from ${sql.identifier(name)} t where t.tenant_id = ${tenantId}`,
      );
      parts.push(`${name}:${row?.n}:${row?.digest}`);
    }
    const [tenantRow] = await queryRows<{ digest: string }>(
      ctx.db,
      sql`select md5(t::text) as digest from tenants t where id = ${tenantId}`,
    );
    const [userRows] = await queryRows<{ digest: string }>(
      ctx.db,
      sql`select md5(coalesce(string_agg(u::text, '|' order by u.id), '')) as digest from users u where u.id in ${userIds}`,
    );
    // A's sessions too: no call of B's may end or alter them.
    const [sessionRows] = await queryRows<{ digest: string }>(
      ctx.db,
      sql`select md5(coalesce(string_agg(s.id || s.secret_hash || coalesce(s.active_tenant_id::text, ''), '|' order by s.id), '')) as digest
          from sessions s where s.user_id in ${userIds}`,
    );
    return `${parts.join(';')};tenant:${tenantRow?.digest};users:${userRows?.digest};sessions:${sessionRows?.digest}`;
  }

  async function runPass(label: string) {
    const w = await world();
    const userIds = Object.values(w.a.users).map((u) => u.id);
    const procedures = listProcedures(appRouter);
    const probes = [
      ...w.aIds.map((id) => ({ uuid: id, text: 'probe-value' })),
      { uuid: w.aIds[0]!, text: w.aSession },
    ];
    let attempts = 0;
    const leaks: string[] = [];
    for (const procedure of procedures) {
      const before = await fingerprintOf(w.a.tenant.id, userIds);
      const def = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: z.ZodType[] } }>)[
        procedure.path
      ]!;
      const inputs = probeInputs(def._def.inputs[0], probes);
      for (const role of ROLES_OF_B) {
        // One session per role and procedure; auth.* procedures may end it, so they get a fresh one per call.
        let cookie = await w.sessionFor(role);
        for (const input of inputs) {
          if (procedure.path.startsWith('auth.')) cookie = await w.sessionFor(role);
          const client = trpcClient(w.app, { cookie });
          const result =
            procedure.type === 'mutation'
              ? await client.mutation(procedure.path, input)
              : await client.query(procedure.path, input);
          attempts++;
          const body = JSON.stringify(result.body);
          // The operator provisions tenants: seeing a tenant's id and name in the platform list is the job.
          const markers =
            role === 'operator' && procedure.access?.kind === 'platform'
              ? w.markers.filter((m) => m !== w.a.tenant.id)
              : w.markers;
          for (const marker of markers) {
            if (body.includes(marker))
              leaks.push(`${label} ${procedure.path} as ${role}: response contains ${marker}`);
          }
          expect(result.status, `${procedure.path} as ${role}`).toBeLessThan(500);
        }
      }
      const after = await fingerprintOf(w.a.tenant.id, userIds);
      if (after !== before) leaks.push(`${label} ${procedure.path}: tenant A's rows changed`);
    }
    console.log(
      `[${ctx.kind}] isolation ${label}: ${procedures.length} procedures, ${attempts} procedure × role attempts, ${leaks.length} leaks`,
    );
    return { attempts, leaks, procedures: procedures.length };
  }

  it('D1: no procedure returns or changes another tenant’s data, for any role', async () => {
    const { attempts, leaks } = await runPass('with the application filter');
    expect(leaks).toEqual([]);
    expect(attempts).toBeGreaterThan(100);
  }, 600_000);

  it('D1: row-level security alone holds when the application filter is switched off', async () => {
    setAppTenantFilterDisabledForTests(true);
    try {
      const { attempts, leaks } = await runPass('with RLS alone');
      expect(leaks).toEqual([]);
      expect(attempts).toBeGreaterThan(100);
    } finally {
      setAppTenantFilterDisabledForTests(false);
    }
  }, 600_000);
});
