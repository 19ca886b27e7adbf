import { NotFoundError } from '@steward/core';
import { canonicalJson, contentHash } from '../canonical.ts';
import type {
  CategoryDef,
  ChecklistItem,
  InspectionKind,
  Localized,
  ServiceLinePlugin,
  StandardDef,
} from '../contract.ts';
import { applyOverlay } from './apply.ts';
import type { OverlayProblem, TenantOverlay } from './types.ts';

export const SNAPSHOT_FORMAT = 1 as const;

export interface SnapshotItem extends ChecklistItem {
  readonly origin: 'plugin' | 'tenant';
}

/**
 * Exactly what an inspection walks through and records. Self-contained (it carries the texts,
 * deductions, categories and standards it uses) so a later plugin upgrade never changes it.
 */
export interface TemplateSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly plugin: { readonly id: string; readonly version: string; readonly apiVersion: number };
  readonly template: {
    readonly code: string;
    readonly name: Localized;
    readonly inspectionKinds: readonly InspectionKind[];
  };
  readonly items: readonly SnapshotItem[];
  readonly categories: readonly CategoryDef[];
  readonly standards: readonly StandardDef[];
  /** the overlay operations in force (their content hash), or null without an overlay */
  readonly overlayHash: string | null;
  readonly siteTags: readonly string[] | null;
  /** SHA-256 (hex) of the canonical JSON of everything above */
  readonly hash: string;
}

export interface ResolveTemplateOptions {
  /** keep only items that apply at a site with these tags (items without `appliesTo` always apply) */
  readonly siteTags?: readonly string[];
}

/**
 * Resolves one checklist template for a tenant into the snapshot an inspection stores.
 * Throws NotFoundError when the template does not exist in this plugin version.
 */
export function resolveTemplate(
  plugin: ServiceLinePlugin,
  overlay: TenantOverlay | undefined,
  templateCode: string,
  opts: ResolveTemplateOptions = {},
): { snapshot: TemplateSnapshot; problems: OverlayProblem[] } {
  const { resolved, problems } = applyOverlay(plugin, overlay);
  const t = resolved.checklistTemplates.find((x) => x.code === templateCode);
  if (!t) throw new NotFoundError('error.not_found', { entity: 'checklistTemplate', code: templateCode });
  const tags = opts.siteTags ? new Set(opts.siteTags) : null;
  const items = t.items
    .filter((i) => !tags || !i.appliesTo?.siteTags?.length || i.appliesTo.siteTags.some((s) => tags.has(s)))
    .map(({ overridden: _o, ...i }): SnapshotItem => i);
  const usedCategories = new Set(items.map((i) => i.category));
  const usedStandards = new Set(items.flatMap((i) => (i.standard ? [i.standard] : [])));
  const body: Omit<TemplateSnapshot, 'hash'> = {
    format: SNAPSHOT_FORMAT,
    plugin: { id: plugin.id, version: plugin.version, apiVersion: plugin.apiVersion },
    template: { code: t.code, name: t.name, inspectionKinds: t.inspectionKinds },
    items,
    categories: plugin.categories.filter((c) => usedCategories.has(c.code)),
    standards: plugin.standards.filter((s) => usedStandards.has(s.code)),
    overlayHash: overlay && overlay.operations.length > 0 ? contentHash(overlay.operations) : null,
    siteTags: opts.siteTags ? [...opts.siteTags].sort() : null,
  };
  // Round-trip through canonical JSON so the stored snapshot is plain data, exactly what was hashed.
  const plain = JSON.parse(canonicalJson(body)) as Omit<TemplateSnapshot, 'hash'>;
  return { snapshot: { ...plain, hash: contentHash(plain) }, problems };
}

/** True when a stored snapshot still matches its hash (it was not altered since it was taken). */
export function verifySnapshot(snapshot: TemplateSnapshot): boolean {
  const { hash, ...body } = snapshot;
  return contentHash(body) === hash;
}
