import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { readGreeningYaml } from '@steward/plugin-greening';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { widenableItem } from '../../../test/catalogue-fixtures.ts';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor, seedTenant } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/harness.ts';

describeEachDatabase('the service-line catalogue', (ctx) => {
  let n = 0;
  async function agency() {
    n += 1;
    const admin = `admin${n}-${ctx.kind}@example.cn`;
    const supervisor = `sup${n}-${ctx.kind}@example.cn`;
    const { tenant, users } = await seedTenant(ctx.db, `单位${n}`, [
      { email: admin, roles: ['admin'] },
      { email: supervisor, roles: ['supervisor'] },
    ]);
    const { app } = testApp(ctx);
    const adminClient = trpcClient(app, { cookie: await cookieFor(ctx.db, users[admin]!.id, tenant.id) });
    const supClient = trpcClient(app, { cookie: await cookieFor(ctx.db, users[supervisor]!.id, tenant.id) });
    return { tenant, app, admin: adminClient, supervisor: supClient };
  }

  const auditActions = async (tenantId: string) =>
    (
      await ctx.db
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.tenantId, tenantId))
    ).map((r) => r.action);

  it('lists the host plugins with versions and counts; a supervisor reads but cannot enable', async () => {
    const { admin, supervisor } = await agency();
    const list = dataOf(await supervisor.query('catalogue.plugins'));
    expect(list.map((p: any) => p.id)).toEqual(
      expect.arrayContaining(['elevator', 'fire', 'catering', 'security', 'conference-cleaning', 'greening']),
    );
    const greening = list.find((p: any) => p.id === 'greening');
    expect(greening).toMatchObject({ origin: 'host', source: 'data', versions: ['1.0.0'], line: null });
    expect(greening.counts.items).toBeGreaterThanOrEqual(25);
    expect((await supervisor.mutation('catalogue.enable', { pluginId: 'elevator' })).status).toBe(403);
    expect((await admin.mutation('catalogue.enable', { pluginId: 'nothing-here' })).status).toBe(404);
  });

  it('enables, browses in both languages with filters, and disables a line, auditing each change', async () => {
    const { tenant, admin, supervisor } = await agency();
    const line = dataOf(await admin.mutation('catalogue.enable', { pluginId: 'elevator' }));
    expect(line).toMatchObject({
      pluginId: 'elevator',
      pinnedVersion: '1.0.0',
      enabled: true,
      source: 'code',
    });

    const all = dataOf(await supervisor.query('catalogue.standards', { pluginId: 'elevator' }));
    expect(all.items.length).toBeGreaterThanOrEqual(25);
    expect(all.items[0].text.zh).toBeTruthy();
    expect(all.items[0].text.en).toBeTruthy();
    const major = dataOf(
      await supervisor.query('catalogue.standards', { pluginId: 'elevator', severity: 'major' }),
    );
    expect(major.items.length).toBeGreaterThan(0);
    expect(major.items.every((i: any) => i.severity === 'major')).toBe(true);
    const category = all.items[0].category;
    const inCategory = dataOf(
      await supervisor.query('catalogue.standards', { pluginId: 'elevator', category }),
    );
    expect(inCategory.items.every((i: any) => i.category === category)).toBe(true);
    const cadence = all.cadences[0];
    const byCadence = dataOf(
      await supervisor.query('catalogue.standards', { pluginId: 'elevator', cadence: cadence.code }),
    );
    expect(byCadence.items.length).toBeGreaterThan(0);
    expect(byCadence.items.length).toBeLessThanOrEqual(all.items.length);
    const word = all.items[3].text.en.split(' ').slice(0, 3).join(' ').toLowerCase();
    const searched = dataOf(
      await supervisor.query('catalogue.standards', { pluginId: 'elevator', search: word }),
    );
    expect(searched.items.map((i: any) => i.code)).toContain(all.items[3].code);

    dataOf(await admin.mutation('catalogue.disable', { pluginId: 'elevator' }));
    const list = dataOf(await admin.query('catalogue.plugins'));
    expect(list.find((p: any) => p.id === 'elevator').line.enabled).toBe(false);
    expect(await auditActions(tenant.id)).toEqual(['catalogue.enable', 'catalogue.disable']);
  });

  it('keeps an overlay with optimistic concurrency and shows it as a diff against the default', async () => {
    const { tenant, admin, supervisor } = await agency();
    dataOf(await admin.mutation('catalogue.enable', { pluginId: 'security' }));
    const { template, item } = widenableItem();
    const empty = dataOf(await admin.query('catalogue.overlay.get', { pluginId: 'security' }));
    expect(empty).toMatchObject({ version: 0, operations: [], diff: [], problems: [] });
    const own = {
      code: 'x-lobby-flowers',
      text: { zh: '大堂花卉摆放整齐', en: 'Lobby flowers are tidy' },
      category: item.category,
      severity: 'general',
      deduction: { default: 1, min: 1, max: 2 },
      evidence: ['photo'],
      allowNA: false,
      basis: { rule: 'practice', kind: 'practice' },
    };
    const operations = [
      { op: 'set-deduction', item: item.code, deduction: item.deduction.max },
      { op: 'add-item', template, item: own },
    ];
    const saved = dataOf(
      await admin.mutation('catalogue.overlay.put', { pluginId: 'security', expectedVersion: 0, operations }),
    );
    expect(saved.version).toBe(1);
    expect(saved.problems).toEqual([]);
    expect(saved.diff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: item.code,
          field: 'deduction',
          pluginDefault: item.deduction.default,
          tenantValue: item.deduction.max,
        }),
        expect.objectContaining({ code: 'x-lobby-flowers', field: 'added', pluginDefault: null }),
      ]),
    );
    // A second editor still holding version 0 gets a conflict, not a silent overwrite.
    const stale = await admin.mutation('catalogue.overlay.put', {
      pluginId: 'security',
      expectedVersion: 0,
      operations: [],
    });
    expect(stale.status).toBe(409);
    const invalid = await admin.mutation('catalogue.overlay.put', {
      pluginId: 'security',
      expectedVersion: 1,
      operations: [{ op: 'explode' }],
    });
    expect(invalid.status).toBe(400);
    expect(
      (
        await supervisor.mutation('catalogue.overlay.put', {
          pluginId: 'security',
          expectedVersion: 1,
          operations: [],
        })
      ).status,
    ).toBe(403);

    // The browser finds the tenant's own item in both languages.
    const zh = dataOf(
      await supervisor.query('catalogue.standards', { pluginId: 'security', search: '大堂花卉' }),
    );
    const en = dataOf(
      await supervisor.query('catalogue.standards', { pluginId: 'security', search: 'lobby flowers' }),
    );
    expect(zh.items.map((i: any) => i.code)).toEqual(['x-lobby-flowers']);
    expect(en.items[0]).toMatchObject({ code: 'x-lobby-flowers', origin: 'tenant' });
    const changed = dataOf(
      await supervisor.query('catalogue.standards', { pluginId: 'security', search: item.code }),
    );
    expect(changed.items[0]).toMatchObject({ overridden: ['deduction'] });
    expect(changed.items[0].deduction.default).toBe(item.deduction.max);
    expect(await auditActions(tenant.id)).toEqual(['catalogue.enable', 'catalogue.overlay.put']);
  });

  it('refuses an invalid upload listing every error with its path, and installs nothing', async () => {
    const { tenant, admin } = await agency();
    const broken = readGreeningYaml()
      .replace('id: greening', 'id: garden')
      .replace('version: 1.0.0', 'version: banana')
      .replaceAll('severity: major', 'severity: critical');
    const res = await admin.mutation('catalogue.upload', { format: 'yaml', text: broken });
    expect(res.status).toBe(400);
    const fields = res.body.error.data.fieldErrors as Record<string, string[]>;
    const messages = Object.values(fields).flat();
    const majors = readGreeningYaml().split('severity: major').length - 1;
    expect(messages.length).toBeGreaterThanOrEqual(majors + 1);
    expect(Object.keys(fields)).toContain('version');
    expect(Object.keys(fields).filter((k) => k.endsWith('.severity')).length).toBe(majors);
    expect(res.body.error.message).toContain(String(messages.length));
    const rows = await ctx.db
      .select()
      .from(schema.tenantDataPlugins)
      .where(eq(schema.tenantDataPlugins.tenantId, tenant.id));
    expect(rows).toEqual([]);
    expect(await auditActions(tenant.id)).toEqual([]);
  });

  it('installs a valid upload for this tenant only; it behaves like a code plugin; host ids are refused', async () => {
    const { tenant, admin } = await agency();
    const other = await agency();
    const text = readGreeningYaml().replace('id: greening', 'id: garden');
    const up = dataOf(await admin.mutation('catalogue.upload', { format: 'yaml', text }));
    expect(up).toMatchObject({ pluginId: 'garden', version: '1.0.0', created: true });
    // Same text again: a no-op; a different text under the same version: a conflict.
    expect(dataOf(await admin.mutation('catalogue.upload', { format: 'yaml', text })).created).toBe(false);
    const changed = text.replace('severity: major', 'severity: general');
    expect((await admin.mutation('catalogue.upload', { format: 'yaml', text: changed })).status).toBe(409);
    const shadow = await admin.mutation('catalogue.upload', { format: 'yaml', text: readGreeningYaml() });
    expect(shadow.status).toBe(409);

    const garden = dataOf(await admin.query('catalogue.plugins')).find((p: any) => p.id === 'garden');
    expect(garden).toMatchObject({ origin: 'tenant', source: 'data', versions: ['1.0.0'] });
    expect(dataOf(await admin.mutation('catalogue.enable', { pluginId: 'garden' }))).toMatchObject({
      source: 'data',
      pinnedVersion: '1.0.0',
    });
    const view = dataOf(await admin.query('catalogue.standards', { pluginId: 'garden' }));
    expect(view.items.length).toBeGreaterThanOrEqual(25);
    const snapshot = await inTenant(ctx.db, { tenantId: tenant.id, userId: null }, async (tx) => {
      const { resolveTemplateForTenant } = await import('../../services/catalogue/resolve.ts');
      return resolveTemplateForTenant(tx, tenant.id, 'garden', view.templates[0].code);
    });
    expect(snapshot.snapshot.plugin).toMatchObject({ id: 'garden', version: '1.0.0' });

    expect(dataOf(await other.admin.query('catalogue.plugins')).map((p: any) => p.id)).not.toContain(
      'garden',
    );
    expect((await other.admin.mutation('catalogue.enable', { pluginId: 'garden' })).status).toBe(404);
    expect(await auditActions(tenant.id)).toEqual(['catalogue.upload', 'catalogue.enable']);
  });
});
