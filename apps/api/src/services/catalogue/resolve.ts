import { PreconditionError } from '@steward/core';
import type { Database } from '@steward/db';
import {
  type OverlayProblem,
  type PluginRegistry,
  resolveTemplate,
  type TemplateSnapshot,
} from '@steward/plugin-sdk';
import { installedPlugins } from '../../plugins.ts';
import { lineWithRelease } from './lines.ts';

/**
 * The checklist an inspection of this tenant walks through now: the pinned release of the line with the
 * tenant's overlay applied, as a self-contained snapshot with its SHA-256. Inspections store the snapshot,
 * so later pins, upgrades or overlay edits never change a past inspection. Call inside the request's
 * tenant transaction.
 */
export async function resolveTemplateForTenant(
  tx: Database,
  tenantId: string,
  pluginId: string,
  templateCode: string,
  opts: { siteTags?: readonly string[]; plugins?: PluginRegistry } = {},
): Promise<{ snapshot: TemplateSnapshot; problems: OverlayProblem[] }> {
  const registry = opts.plugins ?? installedPlugins();
  const { line, release, overlay } = await lineWithRelease(tx, tenantId, registry, pluginId);
  if (!line.enabled) throw new PreconditionError('catalogue.line_not_enabled', { plugin: pluginId });
  return resolveTemplate(
    release.plugin,
    overlay,
    templateCode,
    opts.siteTags ? { siteTags: opts.siteTags } : {},
  );
}
