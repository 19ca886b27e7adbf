import type { Database } from '@steward/db';
import { schema, tenantFilter } from '@steward/db';
import type { Localized, PluginRegistry, PluginSource, ServiceLinePlugin } from '@steward/plugin-sdk';
import { and, asc, eq } from 'drizzle-orm';
import semver from 'semver';

const { pluginReleases, tenantDataPlugins } = schema;

/** Where a plugin comes from for this tenant: installed by the host, or uploaded by the tenant. */
export type PluginOrigin = 'host' | 'tenant';

export interface AvailablePlugin {
  id: string;
  origin: PluginOrigin;
  source: PluginSource;
  /** the newest version's name and description */
  name: Localized;
  description: Localized | null;
  scope: 'line' | 'vendor';
  /** ascending */
  versions: string[];
  latestVersion: string;
}

export interface LoadedRelease {
  plugin: ServiceLinePlugin;
  origin: PluginOrigin;
  source: PluginSource;
}

/** Ids the host owns (installed now or recorded before): a tenant upload can never take one of them. */
export async function hostPluginIds(tx: Database, registry: PluginRegistry): Promise<Set<string>> {
  const stored = await tx.selectDistinct({ id: pluginReleases.pluginId }).from(pluginReleases);
  return new Set([...registry.ids(), ...stored.map((r) => r.id)]);
}

/** Every plugin this tenant may enable, with all versions it may pin. */
export async function availablePlugins(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
): Promise<AvailablePlugin[]> {
  const stored = await tx
    .select({ id: pluginReleases.pluginId, version: pluginReleases.version, source: pluginReleases.source })
    .from(pluginReleases);
  const uploads = await tx
    .select({
      id: tenantDataPlugins.pluginId,
      version: tenantDataPlugins.version,
      content: tenantDataPlugins.content,
    })
    .from(tenantDataPlugins)
    .where(tenantFilter(tenantDataPlugins.tenantId, tenantId))
    .orderBy(asc(tenantDataPlugins.pluginId));
  const out = new Map<string, AvailablePlugin>();
  const add = (
    p: Omit<AvailablePlugin, 'versions' | 'latestVersion'>,
    version: string,
    plugin?: ServiceLinePlugin,
  ) => {
    const current = out.get(p.id);
    const versions = [...new Set([...(current?.versions ?? []), version])].sort(semver.compare);
    const latestVersion = versions.at(-1)!;
    // The newest version names the plugin.
    const base = !current || (plugin && version === latestVersion) ? p : current;
    out.set(p.id, { ...base, versions, latestVersion });
  };
  for (const { plugin, source } of registry.list())
    add(describe(plugin, 'host', source), plugin.version, plugin);
  for (const r of stored) {
    const known = out.get(r.id);
    if (known) add(known, r.version);
  }
  for (const u of uploads) {
    const plugin = u.content as ServiceLinePlugin;
    add(describe(plugin, 'tenant', 'data'), u.version, plugin);
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function describe(plugin: ServiceLinePlugin, origin: PluginOrigin, source: PluginSource) {
  return {
    id: plugin.id,
    origin,
    source,
    name: plugin.name,
    description: plugin.description ?? null,
    scope: plugin.scope,
  };
}

/**
 * One release as this tenant sees it: the running code first, then a release recorded earlier (the code
 * moved on), then the tenant's own uploads. Undefined when the tenant cannot use it.
 */
export async function loadRelease(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
  pluginId: string,
  version: string,
): Promise<LoadedRelease | undefined> {
  const installed = registry.get(pluginId, version);
  if (installed) return { plugin: installed.plugin, origin: 'host', source: installed.source };
  const [stored] = await tx
    .select()
    .from(pluginReleases)
    .where(and(eq(pluginReleases.pluginId, pluginId), eq(pluginReleases.version, version)));
  if (stored)
    return {
      plugin: stored.content as ServiceLinePlugin,
      origin: 'host',
      source: stored.source as PluginSource,
    };
  const [upload] = await tx
    .select({ content: tenantDataPlugins.content })
    .from(tenantDataPlugins)
    .where(
      and(
        tenantFilter(tenantDataPlugins.tenantId, tenantId),
        eq(tenantDataPlugins.pluginId, pluginId),
        eq(tenantDataPlugins.version, version),
      ),
    );
  return upload
    ? { plugin: upload.content as ServiceLinePlugin, origin: 'tenant', source: 'data' }
    : undefined;
}
