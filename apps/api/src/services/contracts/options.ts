import { rowVisibleUnderGrants } from '@steward/access';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, isNull } from 'drizzle-orm';
import { availablePlugins } from '../catalogue/tenant-plugins.ts';
import { visibleVendorIds } from '../vendors/vendors.ts';
import { type SupervisionCtx, tenantLevelWeights } from './context.ts';
import { listGrantsOf } from './visibility.ts';

const { tenantServiceLines, sites, vendors } = schema;

/** The tenant's service lines with their names (enabled ones for new contracts, all for labels). */
export async function serviceLineNames(ctx: SupervisionCtx) {
  const lines = await ctx.tx
    .select({ id: tenantServiceLines.pluginId, enabled: tenantServiceLines.enabled })
    .from(tenantServiceLines)
    .where(tenantFilter(tenantServiceLines.tenantId, ctx.scope.tenantId));
  const plugins = await availablePlugins(ctx.tx, ctx.scope.tenantId, ctx.plugins);
  return lines
    .map((l) => {
      const p = plugins.find((x) => x.id === l.id);
      return {
        id: l.id,
        enabled: l.enabled,
        name: p?.name ?? { zh: l.id, en: l.id },
        scope: p?.scope ?? 'line',
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * What the contract forms and filters choose from: the tenant's service lines, live sites and visible
 * vendors, and the tenant's default level weights.
 */
export async function contractOptions(ctx: SupervisionCtx) {
  const grants = listGrantsOf(ctx);
  const now = ctx.now.getTime();
  const lines = (await serviceLineNames(ctx)).filter(
    (l) => !grants || rowVisibleUnderGrants(grants, 'contracts.read', { serviceLineId: l.id }, now),
  );
  const siteRows = (
    await ctx.tx
      .select({ id: sites.id, code: sites.code, name: sites.name })
      .from(sites)
      .where(and(tenantFilter(sites.tenantId, ctx.scope.tenantId), isNull(sites.archivedAt)))
      .orderBy(asc(sites.code))
  ).filter((s) => !grants || rowVisibleUnderGrants(grants, 'contracts.read', { siteId: s.id }, now));
  const visible = await visibleVendorIds(ctx);
  const vendorRows = (
    await ctx.tx
      .select({ id: vendors.id, legalName: vendors.legalName, status: vendors.status })
      .from(vendors)
      .where(tenantFilter(vendors.tenantId, ctx.scope.tenantId))
      .orderBy(asc(vendors.legalName))
  ).filter((v) => !visible || visible.includes(v.id));
  return {
    serviceLines: lines,
    sites: siteRows,
    vendors: vendorRows,
    defaultWeights: tenantLevelWeights(ctx),
  };
}

/** Vendor and site names for a set of contracts (one query each, not one per contract). */
export async function namesFor(ctx: SupervisionCtx) {
  const vendorRows = await ctx.tx
    .select({ id: vendors.id, legalName: vendors.legalName })
    .from(vendors)
    .where(tenantFilter(vendors.tenantId, ctx.scope.tenantId));
  const siteRows = await ctx.tx
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .where(tenantFilter(sites.tenantId, ctx.scope.tenantId));
  const vendorName = new Map(vendorRows.map((v) => [v.id, v.legalName]));
  const siteName = new Map(siteRows.map((s) => [s.id, s.name]));
  return {
    vendorName: (id: string | null) => (id ? (vendorName.get(id) ?? null) : null),
    siteName: (id: string) => siteName.get(id) ?? null,
  };
}
