import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor, seedTenant } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/harness.ts';

describeEachDatabase('sites', (ctx) => {
  it('an update changes only the fields it names (omitted address and tags stay as they were)', async () => {
    const { app } = testApp(ctx);
    const { tenant, users } = await seedTenant(ctx.db, '场所测试局', [
      { email: 'site-admin@example.cn', roles: ['admin'] },
    ]);
    const admin = trpcClient(app, {
      cookie: await cookieFor(ctx.db, users['site-admin@example.cn']!.id, tenant.id),
    });
    const site = dataOf(
      await admin.mutation('sites.create', {
        code: 'JG',
        name: '机关大楼',
        address: '人民路1号',
        tags: ['kitchen'],
      }),
    );
    const renamed = dataOf(await admin.mutation('sites.update', { id: site.id, name: '机关办公大楼' }));
    expect(renamed).toMatchObject({ name: '机关办公大楼', address: '人民路1号', tags: ['kitchen'] });
  });

  it('refuses a duplicate site code with a message naming it', async () => {
    const { app } = testApp(ctx);
    const { tenant, users } = await seedTenant(ctx.db, '场所测试局二', [
      { email: 'site-admin2@example.cn', roles: ['admin'] },
    ]);
    const admin = trpcClient(app, {
      cookie: await cookieFor(ctx.db, users['site-admin2@example.cn']!.id, tenant.id),
    });
    await admin.mutation('sites.create', { code: 'XZ', name: '行政事业中心' });
    const duplicate = await admin.mutation('sites.create', { code: 'XZ', name: '另一个' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toContain('XZ');
  });
});
