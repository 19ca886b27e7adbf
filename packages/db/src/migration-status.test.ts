import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { migrationStatus } from './migration-status.ts';
import { queryRows } from './rows.ts';
import { tenants } from './schema/index.ts';
import { describeEachDatabase } from './testing/index.ts';

describeEachDatabase('a freshly migrated database', (ctx) => {
  it('reports every shipped migration as applied', async () => {
    const status = await migrationStatus(ctx.db);
    expect(status.upToDate).toBe(true);
    expect(status.applied).toBeGreaterThan(0);
    expect(status.latest).toMatch(/^\d{4}_/);
  });

  it('stores and reads a tenant with the default time zone and locale', async () => {
    const [created] = await ctx.db.insert(tenants).values({ name: '示例机关事务管理局' }).returning();
    expect(created?.timeZone).toBe('Asia/Shanghai');
    expect(created?.locale).toBe('zh-CN');
    const rows = await queryRows<{ name: string }>(ctx.db, sql`select name from tenants`);
    expect(rows.map((r) => r.name)).toContain('示例机关事务管理局');
  });
});
