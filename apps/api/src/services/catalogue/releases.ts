import { type Database, schema } from '@steward/db';
import { canonicalJson, contentHash, type PluginRegistry, type RegisteredPlugin } from '@steward/plugin-sdk';

/** A plugin as plain data: what is stored and hashed (calculations are functions and are left out). */
export function pluginAsData(plugin: RegisteredPlugin['plugin']): Record<string, unknown> {
  return JSON.parse(canonicalJson(plugin)) as Record<string, unknown>;
}

export function releaseRow(entry: RegisteredPlugin) {
  const content = pluginAsData(entry.plugin);
  return {
    pluginId: entry.plugin.id,
    version: entry.plugin.version,
    source: entry.source,
    content,
    contentHash: contentHash(content),
  };
}

/**
 * Records every installed release (idempotent). Called at start-up and again whenever a tenant enables or
 * pins a version, so a pinned release stays resolvable after the code that shipped it is gone.
 */
export async function recordPluginReleases(
  db: Database,
  entries: readonly RegisteredPlugin[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(schema.pluginReleases).values(entries.map(releaseRow)).onConflictDoNothing();
}

export function recordInstalledReleases(db: Database, registry: PluginRegistry): Promise<void> {
  return recordPluginReleases(db, registry.list());
}
