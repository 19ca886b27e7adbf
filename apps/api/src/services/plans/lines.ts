import type { Database } from '@steward/db';
import { schema, tenantFilter } from '@steward/db';
import { applyOverlay, type PluginRegistry, type ResolvedServiceLine } from '@steward/plugin-sdk';
import { overlayOf } from '../catalogue/lines.ts';
import { loadRelease } from '../catalogue/tenant-plugins.ts';

/** A service line as the scheduler uses it: the pinned release with the tenant's overlay applied. */
export interface SchedulableLine {
  pluginId: string;
  version: string;
  /** enabled cadences only (the overlay may change or disable them) */
  resolved: ResolvedServiceLine;
}

/**
 * Every enabled line of the tenant's catalogue, resolved. A line whose pinned release cannot be loaded is
 * left out and reported, so one broken line never stops the others' plans.
 */
export async function schedulableLines(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
): Promise<{ lines: Map<string, SchedulableLine>; unavailable: string[] }> {
  const rows = await tx
    .select()
    .from(schema.tenantServiceLines)
    .where(tenantFilter(schema.tenantServiceLines.tenantId, tenantId));
  const lines = new Map<string, SchedulableLine>();
  const unavailable: string[] = [];
  for (const row of rows) {
    if (!row.enabled) continue;
    const release = await loadRelease(tx, tenantId, registry, row.pluginId, row.pinnedVersion);
    if (!release) {
      unavailable.push(`${row.pluginId}@${row.pinnedVersion}`);
      continue;
    }
    const { resolved } = applyOverlay(release.plugin, overlayOf(row));
    lines.set(row.pluginId, { pluginId: row.pluginId, version: release.plugin.version, resolved });
  }
  return { lines, unavailable };
}
