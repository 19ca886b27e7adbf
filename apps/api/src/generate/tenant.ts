import type { Role } from '@steward/access';
import {
  addMonths,
  creditCodeCheckCharacter,
  type IsoDate,
  organisationCodeCheckCharacter,
} from '@steward/core';
import { type Database, schema } from '@steward/db';
import { type PluginRegistry, resolveTemplate, type TemplateSnapshot } from '@steward/plugin-sdk';
import { insertChunked } from './batch.ts';
import type { Rng } from './random.ts';

/** The five service lines of the seed, one per contract in turn, and the cross-line checklist. */
export const GENERATED_LINES = ['security', 'conference-cleaning', 'catering', 'elevator', 'fire'] as const;
const VENDOR_LINE = 'vendor-compliance';

/** Roles of every generated tenant: one member each, two supervisors (they share the patrols). */
const PEOPLE: { key: string; roles: Role[] }[] = [
  { key: 'admin', roles: ['admin'] },
  { key: 'leader', roles: ['leader'] },
  { key: 'supervisor', roles: ['supervisor'] },
  { key: 'supervisor2', roles: ['supervisor'] },
  { key: 'gc', roles: ['general_contractor'] },
  { key: 'liaison', roles: ['liaison'] },
  { key: 'recipient', roles: ['recipient'] },
  { key: 'inspector', roles: ['external_inspector'] },
  { key: 'evaluator', roles: ['evaluator'] },
];

export interface GeneratedContract {
  id: string;
  code: string;
  vendorId: string;
  contractorUserId: string;
  serviceLineId: string;
  siteIds: string[];
  /** share of answered items found nonconforming (default 6 %) */
  findingRate?: number;
}

export interface TenantBase {
  tenantId: string;
  people: Record<string, string>;
  siteIds: string[];
  contracts: GeneratedContract[];
  /** per plugin: the checklist per inspection kind, as the app would resolve it for a fresh tenant */
  templates: Map<string, Map<string, TemplateSnapshot>>;
}

/** The snapshot a kind of inspection on this line walks through (the first template declaring it). */
export function templatesOf(registry: PluginRegistry, pluginId: string): Map<string, TemplateSnapshot> {
  const plugin = registry.get(pluginId)!.plugin;
  const byKind = new Map<string, TemplateSnapshot>();
  for (const kind of ['patrol', 'joint', 'leadership', 'self']) {
    const t = plugin.checklistTemplates.find((x) => (x.inspectionKinds as readonly string[]).includes(kind));
    if (t) byKind.set(kind, resolveTemplate(plugin, { pluginId, operations: [] }, t.code, {}).snapshot);
  }
  return byKind;
}

/** A real-format 统一社会信用代码 with both check characters right, numbered per tenant and vendor. */
function creditCode(n: number): string {
  const body8 = String(n).padStart(8, '0');
  const first17 = `91110105${body8}${organisationCodeCheckCharacter(body8)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/**
 * One tenant's people, sites, vendors (one per contract), contracts across the five lines and enabled
 * lines, written in the tenant's transaction. `from` is the first month of history.
 */
export async function createTenantBase(
  tx: Database,
  input: {
    tenantId: string;
    index: number;
    seed: number;
    sites: number;
    contracts: number;
    from: IsoDate;
    until: IsoDate;
    createdAt: Date;
    registry: PluginRegistry;
    rng: Rng;
  },
): Promise<TenantBase> {
  const { tenantId, rng, createdAt, registry } = input;
  const tag = `s${input.seed}t${input.index}`;
  const people: Record<string, string> = {};
  const users: (typeof schema.users.$inferInsert)[] = [];
  const members: (typeof schema.memberships.$inferInsert)[] = [];
  const person = (key: string, roles: Role[], vendorId: string | null = null) => {
    const id = rng.uuid();
    people[key] = id;
    users.push({
      id,
      email: `${key}.${tag}@generated.steward.test`,
      displayName: `${key} ${tag}`,
      createdAt,
    });
    members.push({ id: rng.uuid(), tenantId, userId: id, roles, vendorId, createdAt });
  };
  for (const p of PEOPLE) person(p.key, p.roles);

  const siteIds = Array.from({ length: input.sites }, () => rng.uuid());
  await insertChunked(
    tx,
    schema.sites,
    siteIds.map((id, i) => ({
      id,
      tenantId,
      code: `S${i + 1}`,
      name: i === 0 ? '机关大楼' : i === 1 ? '行政事业中心' : `办公楼${i + 1}`,
      tags: i === 0 ? ['office', 'high-rise', 'kitchen'] : ['office'],
      createdAt,
    })),
  );

  const vendors: (typeof schema.vendors.$inferInsert)[] = [];
  const contracts: GeneratedContract[] = [];
  for (let i = 0; i < input.contracts; i++) {
    const vendorId = rng.uuid();
    const serviceLineId = GENERATED_LINES[i % GENERATED_LINES.length]!;
    vendors.push({
      id: vendorId,
      tenantId,
      legalName: `生成测试${serviceLineId}服务有限公司${i + 1}`,
      creditCode: creditCode(input.index * 10_000 + i),
      contacts: [{ name: `联系人${i + 1}`, role: '项目经理', phone: `1380000${String(i).padStart(4, '0')}` }],
      createdAt,
    });
    person(`contractor${i + 1}`, ['contractor'], vendorId);
    contracts.push({
      id: rng.uuid(),
      code: `GEN-${tag}-${String(i + 1).padStart(3, '0')}`,
      vendorId,
      contractorUserId: people[`contractor${i + 1}`]!,
      serviceLineId,
      siteIds: input.sites <= 2 ? siteIds : siteIds.filter((_, s) => s % 2 === i % 2 || s === 0),
    });
  }
  await insertChunked(tx, schema.users, users);
  await insertChunked(tx, schema.memberships, members);
  await insertChunked(tx, schema.vendors, vendors);
  await insertChunked(
    tx,
    schema.contracts,
    contracts.map((c, i) => ({
      id: c.id,
      tenantId,
      code: c.code,
      title: `${c.serviceLineId} 服务合同 ${i + 1}`,
      vendorId: c.vendorId,
      serviceLineIds: [c.serviceLineId],
      siteIds: c.siteIds,
      startsOn: input.from,
      endsOn: addMonths(input.until, 12),
      priceFen: rng.int(50, 500) * 1_000_000,
      depositKind: 'percent',
      depositBasisPoints: 500,
      satisfactionTargetBp: 9000,
      createdAt,
    })),
  );
  const lines = [...GENERATED_LINES, VENDOR_LINE].filter((id) => registry.get(id));
  await insertChunked(
    tx,
    schema.tenantServiceLines,
    lines.map((pluginId) => {
      const release = registry.get(pluginId)!;
      return {
        id: rng.uuid(),
        tenantId,
        pluginId,
        source: release.source,
        pinnedVersion: release.plugin.version,
        enabledAt: createdAt,
        updatedAt: createdAt,
      };
    }),
  );
  await insertChunked(
    tx,
    schema.supervisorAssignments,
    GENERATED_LINES.map((line, i) => ({
      id: rng.uuid(),
      tenantId,
      userId: i % 2 === 0 ? people.supervisor! : people.supervisor2!,
      serviceLineId: line,
      createdAt,
    })),
  );
  const templates = new Map(GENERATED_LINES.map((id) => [id, templatesOf(registry, id)] as const));
  const snapshots = new Map<string, TemplateSnapshot>();
  for (const byKind of templates.values()) for (const s of byKind.values()) snapshots.set(s.hash, s);
  await insertChunked(
    tx,
    schema.templateSnapshots,
    [...snapshots.values()].map((s) => ({
      tenantId,
      hash: s.hash,
      pluginId: s.plugin.id,
      pluginVersion: s.plugin.version,
      templateCode: s.template.code,
      content: s,
      createdAt,
    })),
  );
  return { tenantId, people, siteIds, contracts, templates };
}
