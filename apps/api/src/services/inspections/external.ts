import { decide, rowVisibleUnderGrants, vendorScope } from '@steward/access';
import { localDate } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import type { ServiceLinePlugin } from '@steward/plugin-sdk';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { lineWithRelease } from '../catalogue/lines.ts';
import type { InspectionCtx } from './access.ts';
import { certificateState } from './external-rules.ts';
import type { InspectionSnapshot } from './snapshot.ts';

const { contracts, sites, tenantServiceLines, inspections, templateSnapshots } = schema;

/**
 * Where the caller may record an external inspection, and which types each service line's plugin
 * declares there: contracts × lines × sites within their grants (all of them for supervisors).
 */
export async function externalTargets(ctx: InspectionCtx) {
  const tenantId = ctx.scope.tenantId;
  const active = await ctx.tx
    .select()
    .from(contracts)
    .where(and(tenantFilter(contracts.tenantId, tenantId), eq(contracts.status, 'active')))
    .orderBy(asc(contracts.code));
  const lines = await ctx.tx
    .select({ pluginId: tenantServiceLines.pluginId })
    .from(tenantServiceLines)
    .where(and(tenantFilter(tenantServiceLines.tenantId, tenantId), eq(tenantServiceLines.enabled, true)));
  const enabled = new Set(lines.map((l) => l.pluginId));
  const plugins = new Map<string, ServiceLinePlugin>();
  const pluginOf = async (id: string) => {
    if (!plugins.has(id))
      plugins.set(id, (await lineWithRelease(ctx.tx, tenantId, ctx.plugins, id)).release.plugin);
    return plugins.get(id)!;
  };
  const siteRows = await ctx.tx
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .where(tenantFilter(sites.tenantId, tenantId));
  const siteName = new Map(siteRows.map((s) => [s.id, s.name]));
  const now = ctx.now.getTime();
  const may = (resource: Parameters<typeof decide>[3]) =>
    decide(ctx.principal, 'inspections.record', now, resource).allowed ||
    decide(ctx.principal, 'inspections.assess', now, resource).allowed;
  const vendorPlugin = ctx.plugins.list().find((p) => p.plugin.scope === 'vendor')?.plugin.id;
  const out = [];
  for (const c of active) {
    const candidates: (string | null)[] = [...c.serviceLineIds, null];
    for (const line of candidates) {
      const pluginId = line ?? vendorPlugin;
      if (!pluginId || !enabled.has(pluginId)) continue;
      const base = { vendorId: c.vendorId, contractId: c.id, serviceLineId: line };
      const allSites = may({ ...base, siteId: null });
      const siteIds = c.siteIds.filter((s) => allSites || may({ ...base, siteId: s }));
      if (!allSites && siteIds.length === 0) continue;
      const plugin = await pluginOf(pluginId);
      if (plugin.externalInspections.length === 0) continue;
      out.push({
        contract: { id: c.id, code: c.code, title: c.title },
        serviceLineId: line,
        pluginId,
        pluginName: plugin.name,
        anySite: allSites,
        sites: siteIds.map((id) => ({ id, name: siteName.get(id) ?? '' })),
        types: plugin.externalInspections.map((t) => ({
          code: t.code,
          name: t.name,
          authority: t.authority,
          records: t.records,
          certificate: t.certificate ?? null,
          template: t.template ?? null,
        })),
      });
    }
  }
  return out;
}

/**
 * Certificates from external inspections (the elevator's periodic inspection, the fire system's annual
 * test…) with their state today: the latest one per contract, line, site and type, warned from the type's
 * warning window before it lapses. Only expiring and expired ones unless `all`.
 */
export async function listCertificates(
  ctx: InspectionCtx,
  input: { contractId?: string | undefined; all?: boolean | undefined },
) {
  const tenantId = ctx.scope.tenantId;
  const where = [
    tenantFilter(inspections.tenantId, tenantId),
    eq(inspections.status, 'submitted'),
    isNotNull(inspections.certificateValidUntil),
  ];
  if (input.contractId) where.push(eq(inspections.contractId, input.contractId));
  const vendor = vendorScope(ctx.principal, 'inspections.read');
  if (vendor) where.push(eq(contracts.vendorId, vendor));
  const rows = await ctx.tx
    .select({ i: inspections, contractCode: contracts.code, contractTitle: contracts.title })
    .from(inspections)
    .innerJoin(contracts, eq(contracts.id, inspections.contractId))
    .where(and(...where));
  const corrected = new Set(
    (
      await ctx.tx
        .select({ id: inspections.correctsInspectionId })
        .from(inspections)
        .where(
          and(
            tenantFilter(inspections.tenantId, tenantId),
            eq(inspections.status, 'submitted'),
            isNotNull(inspections.correctsInspectionId),
          ),
        )
    ).map((r) => r.id),
  );
  const decision = ctx.decision;
  const visible = rows.filter(
    ({ i }) =>
      !corrected.has(i.id) &&
      !(
        decision.allowed &&
        decision.via === 'grant-scope' &&
        !rowVisibleUnderGrants(decision.grants, 'inspections.read', i, ctx.now.getTime())
      ),
  );
  const latest = new Map<string, (typeof visible)[number]>();
  for (const r of visible) {
    const key = [r.i.contractId, r.i.serviceLineId, r.i.siteId, r.i.externalTypeCode].join('|');
    const prev = latest.get(key);
    if (!prev || prev.i.certificateValidUntil! < r.i.certificateValidUntil!) latest.set(key, r);
  }
  const hashes = [...new Set([...latest.values()].map((r) => r.i.templateHash))];
  const snaps =
    hashes.length === 0
      ? []
      : await ctx.tx
          .select({ hash: templateSnapshots.hash, content: templateSnapshots.content })
          .from(templateSnapshots)
          .where(
            and(tenantFilter(templateSnapshots.tenantId, tenantId), inArray(templateSnapshots.hash, hashes)),
          );
  const typeOf = new Map(snaps.map((s) => [s.hash, (s.content as InspectionSnapshot).external]));
  const today = localDate(ctx.now.getTime(), ctx.tenant.timeZone);
  const out = [...latest.values()].map(({ i, contractCode, contractTitle }) => {
    const type = typeOf.get(i.templateHash);
    const warningDays = type?.certificate?.warningDays ?? 30;
    return {
      inspectionId: i.id,
      contractId: i.contractId,
      contractCode,
      contractTitle,
      serviceLineId: i.serviceLineId,
      siteId: i.siteId,
      typeCode: i.externalTypeCode,
      typeName: type?.name ?? null,
      validUntil: i.certificateValidUntil!,
      warningDays,
      state: certificateState(i.certificateValidUntil!, warningDays, today),
    };
  });
  return out
    .filter((c) => input.all || c.state !== 'valid')
    .sort((a, b) => (a.validUntil < b.validUntil ? -1 : a.validUntil > b.validUntil ? 1 : 0));
}
