import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from './rows.ts';
import { tenants } from './schema/index.ts';
import { APP_ROLE, asPlatform, inTenant, pipelineClientOf } from './tenancy.ts';
import { describeEachDatabase } from './testing/index.ts';

describeEachDatabase('tenant transactions', (ctx) => {
  it("run their very first statement as the application role inside the caller's tenant", async () => {
    const [a] = await asPlatform(ctx.db, null, (tx) => tx.insert(tenants).values({ name: 'A' }).returning());
    const [b] = await asPlatform(ctx.db, null, (tx) => tx.insert(tenants).values({ name: 'B' }).returning());
    for (const tenant of [a!, b!]) {
      // Sent at once, behind the settings on PostgreSQL (not after their answer): must still see them.
      const [seen] = await inTenant(ctx.db, { tenantId: tenant.id, userId: null }, (tx) =>
        queryRows<{ role: string; tenant: string; names: string[] }>(
          tx,
          sql`select current_user as role, current_setting('app.tenant_id') as tenant,
                array(select name from tenants order by name) as names`,
        ),
      );
      expect(seen).toEqual({ role: APP_ROLE, tenant: tenant.id, names: [tenant.name] });
    }
  });

  it('roll back what they wrote when the work fails, and keep nothing of their settings', async () => {
    const [tenant] = await asPlatform(ctx.db, null, (tx) =>
      tx.insert(tenants).values({ name: 'C' }).returning(),
    );
    await expect(
      inTenant(ctx.db, { tenantId: tenant!.id, userId: null }, async (tx) => {
        await tx.execute(sql`update tenants set name = 'C2'`);
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    const [after] = await queryRows<{ name: string; tenant: string }>(
      ctx.db,
      sql`select name, current_setting('app.tenant_id', true) as tenant from tenants where id = ${tenant!.id}`,
    );
    expect(after?.name).toBe('C');
    expect(after?.tenant ?? '').toBe('');
  });

  it('pipeline the settings with the work on PostgreSQL only (PGlite runs statements in turn)', async () => {
    const client = await ctx.db.transaction(async (tx) => pipelineClientOf(tx));
    expect(client !== null).toBe(ctx.kind === 'postgres');
  });
});
