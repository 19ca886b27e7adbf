import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { appRoleProblems } from './role-safety.ts';
import { queryRows } from './rows.ts';
import { sites, tenants } from './schema/index.ts';
import { asPlatform, inTenant } from './tenancy.ts';
import { describeEachDatabase } from './testing/index.ts';

describeEachDatabase('row-level security, the second wall', (ctx) => {
  it('catalog: every tenant table has RLS enabled and forced with a policy; the app role owns nothing, is no superuser, has no BYPASSRLS', async () => {
    expect(await appRoleProblems(ctx.db)).toEqual([]);
    const [role] = await queryRows<{ rolsuper: boolean; rolbypassrls: boolean }>(
      ctx.db,
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = 'steward_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('catalog check notices a tenant table without forced RLS, and a SECURITY DEFINER function the app may run', async () => {
    await ctx.db.execute(sql`create table scratch_notes (id serial primary key, tenant_id uuid not null)`);
    await ctx.db.execute(
      sql`create function scratch_leak() returns int language sql security definer as 'select 1'`,
    );
    await ctx.db.execute(sql`grant execute on function scratch_leak() to steward_app`);
    const problems = await appRoleProblems(ctx.db);
    expect(problems).toContain('tenant table scratch_notes has row-level security disabled');
    expect(problems).toContain('tenant table scratch_notes has no policy');
    expect(problems).toContain('SECURITY DEFINER function scratch_leak is executable by steward_app');
    await ctx.db.execute(sql`drop function scratch_leak()`);
    await ctx.db.execute(sql`drop table scratch_notes`);
  });

  it('a tenant context sees only its own rows, even with no WHERE clause at all', async () => {
    const [a, b] = await asPlatform(ctx.db, null, (tx) =>
      tx
        .insert(tenants)
        .values([{ name: 'A 局' }, { name: 'B 局' }])
        .returning(),
    );
    await inTenant(ctx.db, { tenantId: a!.id, userId: null }, (tx) =>
      tx.insert(sites).values({ tenantId: a!.id, code: 'A1', name: 'A 大楼' }),
    );
    await inTenant(ctx.db, { tenantId: b!.id, userId: null }, (tx) =>
      tx.insert(sites).values({ tenantId: b!.id, code: 'B1', name: 'B 大楼' }),
    );
    const seenByB = await inTenant(ctx.db, { tenantId: b!.id, userId: null }, (tx) =>
      tx.select().from(sites),
    );
    expect(seenByB.map((s) => s.code)).toEqual(['B1']);
    const tenantsSeenByB = await inTenant(ctx.db, { tenantId: b!.id, userId: null }, (tx) =>
      tx.select().from(tenants),
    );
    expect(tenantsSeenByB.map((t) => t.name)).toEqual(['B 局']);
  });

  it('writing into another tenant is refused, and updating another tenant changes nothing', async () => {
    const [a, b] = await asPlatform(ctx.db, null, (tx) =>
      tx
        .insert(tenants)
        .values([{ name: 'A2' }, { name: 'B2' }])
        .returning(),
    );
    await inTenant(ctx.db, { tenantId: a!.id, userId: null }, (tx) =>
      tx.insert(sites).values({ tenantId: a!.id, code: 'S', name: 'A 的楼' }),
    );
    await expect(
      inTenant(ctx.db, { tenantId: b!.id, userId: null }, (tx) =>
        tx.insert(sites).values({ tenantId: a!.id, code: 'X', name: '越权' }),
      ),
    ).rejects.toThrow();
    const updated = await inTenant(ctx.db, { tenantId: b!.id, userId: null }, (tx) =>
      tx.update(sites).set({ name: '被改了' }).returning(),
    );
    expect(updated).toEqual([]);
    const unchanged = await inTenant(ctx.db, { tenantId: a!.id, userId: null }, (tx) =>
      tx.select().from(sites),
    );
    expect(unchanged.map((s) => s.name)).toEqual(['A 的楼']);
  });

  it('outside a platform transaction, the app role cannot create a tenant', async () => {
    await expect(
      inTenant(ctx.db, { tenantId: '00000000-0000-0000-0000-000000000000', userId: null }, (tx) =>
        tx.insert(tenants).values({ name: '私设' }),
      ),
    ).rejects.toThrow();
  });
});
