import { NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import {
  contentHash,
  type ExternalInspectionType,
  type ServiceLinePlugin,
  type TemplateSnapshot,
} from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import type { InspectionCtx } from './access.ts';

const { templateSnapshots } = schema;

/** An external inspection type as the snapshot keeps it (no functions, just what the form needs). */
export type ExternalTypeSnapshot = Pick<
  ExternalInspectionType,
  'code' | 'name' | 'authority' | 'records' | 'certificate' | 'template'
>;

/**
 * The checklist snapshot, plus for an external inspection the type whose record it fills in, and for a
 * cumulative cadence (TSG T5002: the quarterly maintenance also performs the half-monthly items) the
 * templates whose items were added.
 */
export type InspectionSnapshot = TemplateSnapshot & { external?: ExternalTypeSnapshot; includes?: string[] };

/** One snapshot covering `main` and the items of `extras` it does not already have, hashed as a whole. */
export function combineSnapshots(
  main: TemplateSnapshot,
  extras: readonly TemplateSnapshot[],
): InspectionSnapshot {
  if (extras.length === 0) return main;
  const { hash: _h, ...body } = main;
  const seen = new Set(body.items.map((i) => i.code));
  const items = [...body.items];
  const categories = [...body.categories];
  const standards = [...body.standards];
  for (const extra of extras) {
    for (const item of extra.items) {
      if (seen.has(item.code)) continue;
      seen.add(item.code);
      items.push(item);
    }
    for (const c of extra.categories) if (!categories.some((x) => x.code === c.code)) categories.push(c);
    for (const st of extra.standards) if (!standards.some((x) => x.code === st.code)) standards.push(st);
  }
  const combined = { ...body, items, categories, standards, includes: extras.map((e) => e.template.code) };
  return { ...combined, hash: contentHash(combined) };
}

/**
 * An external inspection's snapshot: the type's record fields and certificate rule with its checklist
 * (or no items when the type has none), hashed together so a later plugin release changes nothing.
 */
export function externalSnapshot(
  plugin: ServiceLinePlugin,
  type: ExternalInspectionType,
  checklist: TemplateSnapshot | null,
): InspectionSnapshot {
  const external: ExternalTypeSnapshot = JSON.parse(
    JSON.stringify({
      code: type.code,
      name: type.name,
      authority: type.authority,
      records: type.records,
      certificate: type.certificate,
      template: type.template,
    }),
  );
  const base: Omit<TemplateSnapshot, 'hash'> = checklist
    ? (({ hash: _h, ...rest }) => rest)(checklist)
    : {
        format: 1,
        plugin: { id: plugin.id, version: plugin.version, apiVersion: plugin.apiVersion },
        template: { code: type.code, name: type.name, inspectionKinds: ['external'] },
        items: [],
        categories: [],
        standards: [],
        overlayHash: null,
        siteTags: null,
      };
  const body = { ...base, external };
  return { ...body, hash: contentHash(body) };
}

/** Kept once per content hash: a thousand patrols on the same checklist share one row. */
export async function storeSnapshot(ctx: InspectionCtx, snapshot: InspectionSnapshot): Promise<void> {
  await ctx.tx
    .insert(templateSnapshots)
    .values({
      tenantId: ctx.scope.tenantId,
      hash: snapshot.hash,
      pluginId: snapshot.plugin.id,
      pluginVersion: snapshot.plugin.version,
      templateCode: snapshot.template.code,
      content: snapshot,
    })
    .onConflictDoNothing();
}

export async function loadSnapshot(ctx: InspectionCtx, hash: string): Promise<InspectionSnapshot> {
  const [row] = await ctx.tx
    .select({ content: templateSnapshots.content })
    .from(templateSnapshots)
    .where(
      and(tenantFilter(templateSnapshots.tenantId, ctx.scope.tenantId), eq(templateSnapshots.hash, hash)),
    );
  if (!row) throw new NotFoundError();
  return row.content as InspectionSnapshot;
}

/**
 * For reading only: an inspection whose snapshot is missing (imported or written by hand) still shows its
 * results, each under its item code, instead of failing.
 */
export async function snapshotOrStandIn(
  ctx: InspectionCtx,
  row: { templateHash: string; templateCode: string; pluginId: string; pluginVersion: string },
  results: readonly { itemCode: string; severity: string }[],
): Promise<InspectionSnapshot> {
  try {
    return await loadSnapshot(ctx, row.templateHash);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const name = { zh: row.templateCode, en: row.templateCode };
    return {
      format: 1,
      plugin: { id: row.pluginId, version: row.pluginVersion, apiVersion: 1 },
      template: { code: row.templateCode, name, inspectionKinds: [] },
      items: results.map((r) => ({
        code: r.itemCode,
        text: { zh: r.itemCode, en: r.itemCode },
        category: '-',
        severity: r.severity === 'major' ? 'major' : 'general',
        deduction: { default: 0, min: 0, max: 0 },
        evidence: [],
        allowNA: true,
        basis: { rule: 'practice', kind: 'practice' },
        origin: 'plugin',
      })),
      categories: [],
      standards: [],
      overlayHash: null,
      siteTags: null,
      hash: row.templateHash,
    };
  }
}
