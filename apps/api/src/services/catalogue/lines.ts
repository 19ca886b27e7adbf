import { NotFoundError, PreconditionError } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { OverlayOperation, PluginRegistry, TenantOverlay } from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import { type LoadedRelease, loadRelease } from './tenant-plugins.ts';

const { tenantServiceLines } = schema;

export type ServiceLineRow = typeof tenantServiceLines.$inferSelect;

export async function findLine(
  tx: Database,
  tenantId: string,
  pluginId: string,
): Promise<ServiceLineRow | undefined> {
  const [row] = await tx
    .select()
    .from(tenantServiceLines)
    .where(
      and(tenantFilter(tenantServiceLines.tenantId, tenantId), eq(tenantServiceLines.pluginId, pluginId)),
    );
  return row;
}

export function overlayOf(row: ServiceLineRow): TenantOverlay {
  return {
    pluginId: row.pluginId,
    ...(row.overlayBasedOn ? { basedOn: row.overlayBasedOn } : {}),
    operations: row.overlayOperations as OverlayOperation[],
  };
}

/** The tenant's line and its pinned release; throws when the line was never added to the catalogue. */
export async function lineWithRelease(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
  pluginId: string,
): Promise<{ line: ServiceLineRow; release: LoadedRelease; overlay: TenantOverlay }> {
  const line = await findLine(tx, tenantId, pluginId);
  if (!line) throw new PreconditionError('catalogue.line_not_enabled', { plugin: pluginId });
  const release = await loadRelease(tx, tenantId, registry, pluginId, line.pinnedVersion);
  if (!release)
    throw new NotFoundError('catalogue.version_unknown', { plugin: pluginId, version: line.pinnedVersion });
  return { line, release, overlay: overlayOf(line) };
}
