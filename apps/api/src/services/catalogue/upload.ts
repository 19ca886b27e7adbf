import { CORE_VERSION, ConflictError, ValidationError } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import {
  contentHash,
  type DataPluginFormat,
  type PluginIssue,
  type PluginRegistry,
  parseDataPlugin,
} from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import { pluginAsData } from './releases.ts';
import { hostPluginIds } from './tenant-plugins.ts';

const { tenantDataPlugins } = schema;

/** Every issue under its path ('_' for the file as a whole), in the parser's order. */
export function issuesAsFieldErrors(issues: readonly PluginIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path || '_';
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/**
 * Installs a tenant's data-only plugin, or refuses it whole: every problem is reported with its path, and
 * nothing is written unless the file is valid. A host plugin's id is refused (a tenant cannot shadow it);
 * re-uploading an identical release is a no-op, a different text under a released version a conflict.
 */
export async function uploadDataPlugin(
  tx: Database,
  scope: { tenantId: string; userId: string },
  registry: PluginRegistry,
  input: { format: DataPluginFormat; text: string },
  now: Date,
) {
  const parsed = parseDataPlugin(input.text, input.format, { coreVersion: CORE_VERSION });
  if (!parsed.ok)
    throw new ValidationError(issuesAsFieldErrors(parsed.errors), 'catalogue.plugin_invalid', {
      count: parsed.errors.length,
    });
  const plugin = parsed.plugin;
  if ((await hostPluginIds(tx, registry)).has(plugin.id))
    throw new ConflictError('catalogue.plugin_id_reserved', { plugin: plugin.id });
  const content = pluginAsData(plugin);
  const hash = contentHash(content);
  const [existing] = await tx
    .select({ id: tenantDataPlugins.id, contentHash: tenantDataPlugins.contentHash })
    .from(tenantDataPlugins)
    .where(
      and(
        tenantFilter(tenantDataPlugins.tenantId, scope.tenantId),
        eq(tenantDataPlugins.pluginId, plugin.id),
        eq(tenantDataPlugins.version, plugin.version),
      ),
    );
  if (existing) {
    if (existing.contentHash === hash)
      return {
        id: existing.id,
        pluginId: plugin.id,
        version: plugin.version,
        contentHash: hash,
        created: false,
      };
    throw new ConflictError('catalogue.version_exists', { plugin: plugin.id, version: plugin.version });
  }
  const [row] = await tx
    .insert(tenantDataPlugins)
    .values({
      tenantId: scope.tenantId,
      pluginId: plugin.id,
      version: plugin.version,
      format: input.format,
      sourceText: input.text,
      content,
      contentHash: hash,
      uploadedBy: scope.userId,
      uploadedAt: now,
    })
    .returning({ id: tenantDataPlugins.id });
  return { id: row!.id, pluginId: plugin.id, version: plugin.version, contentHash: hash, created: true };
}
