import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { verifySnapshot } from '@steward/plugin-sdk';
import { expect, it } from 'vitest';
import { registryWithSecurityV2, widenableItem } from '../../../test/catalogue-fixtures.ts';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor, seedTenant } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/harness.ts';
import { installedPlugins } from '../../plugins.ts';
import { recordInstalledReleases } from '../../services/catalogue/releases.ts';
import { resolveTemplateForTenant } from '../../services/catalogue/resolve.ts';

describeEachDatabase('pinning service-line versions', (ctx) => {
  it('records every installed release at start-up, once, with its content hash', async () => {
    await recordInstalledReleases(ctx.db, installedPlugins());
    await recordInstalledReleases(ctx.db, installedPlugins());
    const rows = await ctx.db.select().from(schema.pluginReleases);
    expect(rows.map((r) => `${r.pluginId}@${r.version}`).sort()).toEqual(
      installedPlugins()
        .list()
        .map((e) => `${e.plugin.id}@${e.plugin.version}`)
        .sort(),
    );
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.contentHash))).toBe(true);
  });

  it('keeps the old resolved template after the code upgrades, and reports overlay problems on a new pin', async () => {
    const email = `admin-${ctx.kind}@example.cn`;
    const { tenant, users } = await seedTenant(ctx.db, '版本单位', [{ email, roles: ['admin'] }]);
    const cookie = await cookieFor(ctx.db, users[email]!.id, tenant.id);
    const { template, item } = widenableItem();

    // Both releases installed: the tenant pins 1.0.0 and raises one deduction to the top of its range.
    const before = registryWithSecurityV2(true);
    const api = trpcClient(testApp(ctx, { plugins: before }).app, { cookie });
    const listed = dataOf(await api.query('catalogue.plugins')).find((p: any) => p.id === 'security');
    expect(listed.versions).toEqual(['1.0.0', '2.0.0']);
    dataOf(await api.mutation('catalogue.enable', { pluginId: 'security', version: '1.0.0' }));
    const operations = [{ op: 'set-deduction', item: item.code, deduction: item.deduction.max }];
    dataOf(
      await api.mutation('catalogue.overlay.put', { pluginId: 'security', expectedVersion: 0, operations }),
    );
    const resolve = (plugins = before) =>
      inTenant(ctx.db, { tenantId: tenant.id, userId: null }, (tx) =>
        resolveTemplateForTenant(tx, tenant.id, 'security', template, { plugins }),
      );
    const v1 = await resolve();
    expect(v1.snapshot.plugin.version).toBe('1.0.0');
    expect(verifySnapshot(v1.snapshot)).toBe(true);

    // The code moves on: 1.0.0 is no longer installed, yet the pinned release resolves identically.
    const after = registryWithSecurityV2(false);
    expect(after.versions('security')).toEqual(['2.0.0']);
    const again = await resolve(after);
    expect(again.snapshot.hash).toBe(v1.snapshot.hash);
    const upgraded = trpcClient(testApp(ctx, { plugins: after }).app, { cookie });
    const still = dataOf(await upgraded.query('catalogue.plugins')).find((p: any) => p.id === 'security');
    expect(still).toMatchObject({ versions: ['1.0.0', '2.0.0'], line: { pinnedVersion: '1.0.0' } });

    // Pinning 2.0.0 keeps the overlay and reports the change that no longer fits.
    const pinned = dataOf(
      await upgraded.mutation('catalogue.pin', { pluginId: 'security', version: '2.0.0' }),
    );
    expect(pinned.line.pinnedVersion).toBe('2.0.0');
    expect(pinned.problems).toEqual([
      expect.objectContaining({
        op: 'set-deduction',
        reason: expect.objectContaining({ zh: expect.any(String) }),
      }),
    ]);
    expect(pinned.diff).toContainEqual(
      expect.objectContaining({ code: item.code, problem: expect.anything() }),
    );
    const overlay = dataOf(await upgraded.query('catalogue.overlay.get', { pluginId: 'security' }));
    expect(overlay.operations).toEqual(operations);
    expect(overlay.problems).toHaveLength(1);
    const v2 = await resolve(after);
    expect(v2.snapshot.plugin.version).toBe('2.0.0');
    expect(v2.snapshot.hash).not.toBe(v1.snapshot.hash);
    expect(v2.problems).toHaveLength(1);

    // Back to 1.0.0 (recorded at start-up or pin time): the same snapshot as before.
    dataOf(await upgraded.mutation('catalogue.pin', { pluginId: 'security', version: '1.0.0' }));
    expect((await resolve(after)).snapshot.hash).toBe(v1.snapshot.hash);
    expect(
      (await upgraded.mutation('catalogue.pin', { pluginId: 'security', version: '9.9.9' })).status,
    ).toBe(404);
  });
});
