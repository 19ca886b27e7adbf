import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor, seedTenant } from '../../../test/fixtures.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';

/** D2, R7 over the real HTTP stack: an evaluator's grant on one site, checked on every request. */
describeEachDatabase('an evaluator’s grant at its boundaries', (ctx) => {
  it('reaches exactly the granted site, only from valid-from until valid-until, and not after revocation', async () => {
    const clock = fixedClock('2026-03-01T00:00:00Z');
    const { app } = testApp(ctx, { clock });
    const { tenant, users } = await seedTenant(ctx.db, '授权边界局', [
      { email: 'grant-admin@example.cn', roles: ['admin'] },
      { email: 'grant-eval@example.cn', roles: ['evaluator'] },
    ]);
    const adminCookie = await cookieFor(ctx.db, users['grant-admin@example.cn']!.id, tenant.id, clock.now());
    const admin = trpcClient(app, { cookie: adminCookie });
    const granted = dataOf(await admin.mutation('sites.create', { code: 'A', name: '机关大楼' }));
    const other = dataOf(await admin.mutation('sites.create', { code: 'B', name: '行政事业中心' }));
    const grant = dataOf(
      await admin.mutation('grants.create', {
        userId: users['grant-eval@example.cn']!.id,
        actions: ['read'],
        siteIds: [granted.id],
        validFrom: '2026-03-10T00:00:00Z',
        validUntil: '2026-04-10T00:00:00Z',
        reason: '年度第三方测评',
      }),
    );
    // A fresh sign-in at each moment (sessions themselves end after 12 h); the grant is what is tested.
    const evaluatorNow = async () =>
      trpcClient(app, {
        cookie: await cookieFor(ctx.db, users['grant-eval@example.cn']!.id, tenant.id, clock.now()),
      });
    const visibleSites = async () => {
      const res = await (await evaluatorNow()).query('sites.list');
      return res.status === 200 ? res.body.result.data.map((s: { code: string }) => s.code) : res.status;
    };

    clock.set('2026-03-09T23:59:59Z'); // 1 s before valid-from
    expect(await visibleSites()).toBe(403);
    clock.set('2026-03-10T00:00:00Z');
    expect(await visibleSites()).toEqual(['A']);
    const evaluator = await evaluatorNow();
    expect((await evaluator.query('sites.get', { id: granted.id })).status).toBe(200);
    expect((await evaluator.query('sites.get', { id: other.id })).status).toBe(404); // outside the scope looks absent
    expect((await evaluator.mutation('sites.update', { id: granted.id, name: '改名' })).status).toBe(403); // read only
    clock.set('2026-04-09T23:59:59Z'); // 1 s before valid-until
    expect(await visibleSites()).toEqual(['A']);
    clock.set('2026-04-10T00:00:01Z'); // 1 s after valid-until
    expect(await visibleSites()).toBe(403);

    clock.set('2026-03-20T00:00:00Z');
    const session = await evaluatorNow();
    expect((await session.query('sites.list')).status).toBe(200);
    const adminNow = trpcClient(app, {
      cookie: await cookieFor(ctx.db, users['grant-admin@example.cn']!.id, tenant.id, clock.now()),
    });
    dataOf(await adminNow.mutation('grants.revoke', { id: grant.id, reason: '测评结束' }));
    expect((await session.query('sites.list')).status).toBe(403); // the very next request of the same session
  });
});
