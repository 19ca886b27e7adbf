import type { Role } from '@steward/access';
import { type Database, schema } from '@steward/db';
import type { OverlayOperation } from '@steward/plugin-sdk';
import { eq } from 'drizzle-orm';
import { installedPlugins } from '../src/plugins.ts';
import { seedTenant } from './fixtures.ts';

let worlds = 0;

/**
 * An agency with two sites, one vendor holding a security + catering contract over both, the
 * vendor-compliance line for block inspections, and a supervisor assigned to security, catering and the
 * block inspections. Written straight into the database: the subject of these tests is the scheduler.
 */
export async function seedPlanWorld(
  db: Database,
  options: { overlays?: Record<string, OverlayOperation[]>; lines?: string[] } = {},
) {
  const w = ++worlds;
  const people: { email: string; roles: Role[] }[] = [
    { email: `admin-${w}@plans.example`, roles: ['admin'] },
    { email: `sup-${w}@plans.example`, roles: ['supervisor'] },
    { email: `sup2-${w}@plans.example`, roles: ['supervisor'] },
    { email: `leader-${w}@plans.example`, roles: ['leader'] },
    { email: `gc-${w}@plans.example`, roles: ['general_contractor'] },
    { email: `vendor-${w}@plans.example`, roles: ['contractor'] },
    { email: `liaison-${w}@plans.example`, roles: ['liaison'] },
  ];
  const { tenant, users } = await seedTenant(db, `计划单位${w}`, people);
  const user = (prefix: string) => users[`${prefix}-${w}@plans.example`]!;
  const [site1, site2] = await db
    .insert(schema.sites)
    .values([
      { tenantId: tenant.id, code: 'S1', name: `机关大楼${w}`, tags: ['office', 'kitchen'] },
      { tenantId: tenant.id, code: 'S2', name: `行政中心${w}`, tags: ['office'] },
    ])
    .returning();
  const [vendor] = await db
    .insert(schema.vendors)
    .values({ tenantId: tenant.id, legalName: `示范保安服务有限公司${w}`, creditCode: `CC-${w}` })
    .returning();
  await db
    .update(schema.memberships)
    .set({ vendorId: vendor!.id })
    .where(eq(schema.memberships.userId, user('vendor').id));
  const [contract] = await db
    .insert(schema.contracts)
    .values({
      tenantId: tenant.id,
      code: `HT-${w}`,
      title: `安保与餐饮服务合同${w}`,
      vendorId: vendor!.id,
      serviceLineIds: ['security', 'catering'],
      siteIds: [site1!.id, site2!.id],
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      priceFen: 120_000_000,
      depositKind: 'amount',
      depositFen: 5_000_000,
    })
    .returning();
  const registry = installedPlugins();
  for (const pluginId of options.lines ?? ['security', 'catering', 'vendor-compliance']) {
    await db.insert(schema.tenantServiceLines).values({
      tenantId: tenant.id,
      pluginId,
      source: 'code',
      pinnedVersion: registry.get(pluginId)!.plugin.version,
      overlayOperations: options.overlays?.[pluginId] ?? [],
    });
  }
  await db.insert(schema.supervisorAssignments).values([
    { tenantId: tenant.id, userId: user('sup').id, serviceLineId: 'security', siteId: null },
    { tenantId: tenant.id, userId: user('sup').id, serviceLineId: 'catering', siteId: site1!.id },
    { tenantId: tenant.id, userId: user('sup2').id, serviceLineId: 'catering', siteId: null },
    { tenantId: tenant.id, userId: user('sup').id, serviceLineId: 'vendor-compliance', siteId: null },
  ]);
  return {
    tenant,
    site1: site1!,
    site2: site2!,
    vendor: vendor!,
    contract: contract!,
    admin: user('admin'),
    supervisor: user('sup'),
    supervisor2: user('sup2'),
    leader: user('leader'),
    gc: user('gc'),
    contractor: user('vendor'),
    liaison: user('liaison'),
  };
}
