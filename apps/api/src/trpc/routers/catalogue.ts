import { rowVisibleUnderGrants } from '@steward/access';
import { NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { applyOverlay, diffOverlay, INSPECTION_KINDS, SEVERITIES } from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { findLine, lineWithRelease, overlayOf } from '../../services/catalogue/lines.ts';
import { recordPluginReleases } from '../../services/catalogue/releases.ts';
import { problemOut, standardsView } from '../../services/catalogue/standards-view.ts';
import { availablePlugins, loadRelease } from '../../services/catalogue/tenant-plugins.ts';
import { uploadDataPlugin } from '../../services/catalogue/upload.ts';
import { router } from '../init.ts';
import { type TenantTools, tenantProcedure } from '../procedures.ts';
import { overlayRouter } from './catalogue-overlay.ts';

const { tenantServiceLines } = schema;

const pluginId = z.string().trim().min(1).max(64);
const version = z.string().trim().min(1).max(64);

type Ctx = TenantTools & { plugins: import('@steward/plugin-sdk').PluginRegistry };

/** A version the tenant may pin, loaded; host releases are recorded so the pin survives code upgrades. */
async function pinnable(ctx: Ctx, id: string, wanted: string | undefined, record = true) {
  const available = (await availablePlugins(ctx.tx, ctx.scope.tenantId, ctx.plugins)).find(
    (p) => p.id === id,
  );
  if (!available) throw new NotFoundError('catalogue.plugin_unknown', { plugin: id });
  const v = wanted ?? available.latestVersion;
  const release = available.versions.includes(v)
    ? await loadRelease(ctx.tx, ctx.scope.tenantId, ctx.plugins, id, v)
    : undefined;
  if (!release) throw new NotFoundError('catalogue.version_unknown', { plugin: id, version: v });
  const installed = ctx.plugins.get(id, v);
  if (installed && record) await recordPluginReleases(ctx.tx, [installed]);
  return release;
}

const lineOut = (row: typeof tenantServiceLines.$inferSelect) => ({
  id: row.id,
  pluginId: row.pluginId,
  source: row.source,
  pinnedVersion: row.pinnedVersion,
  enabled: row.enabled,
  enabledAt: row.enabledAt,
  overlayVersion: row.overlayVersion,
  overlayOperationCount: (row.overlayOperations as unknown[]).length,
});

const lineWhere = (ctx: Ctx, id: string) =>
  and(tenantFilter(tenantServiceLines.tenantId, ctx.scope.tenantId), eq(tenantServiceLines.pluginId, id));

export const catalogueRouter = router({
  /** Every plugin the tenant may use (host code and data plugins, its own uploads), with its line if any. */
  plugins: tenantProcedure('catalogue.read').query(async ({ ctx }) => {
    const available = await availablePlugins(ctx.tx, ctx.scope.tenantId, ctx.plugins);
    const lines = await ctx.tx
      .select()
      .from(tenantServiceLines)
      .where(tenantFilter(tenantServiceLines.tenantId, ctx.scope.tenantId));
    const rows = await Promise.all(
      available.map(async (p) => {
        const line = lines.find((l) => l.pluginId === p.id);
        const shown = line?.pinnedVersion ?? p.latestVersion;
        const release = await loadRelease(ctx.tx, ctx.scope.tenantId, ctx.plugins, p.id, shown);
        const items = release?.plugin.checklistTemplates.reduce((n, t) => n + t.items.length, 0) ?? 0;
        return {
          ...p,
          line: line ? lineOut(line) : null,
          counts: { standards: release?.plugin.standards.length ?? 0, items },
        };
      }),
    );
    if (ctx.decision.allowed && ctx.decision.via === 'grant-scope') {
      const grants = ctx.decision.grants;
      return rows.filter(
        (r) =>
          r.line?.enabled &&
          rowVisibleUnderGrants(grants, 'catalogue.read', { serviceLineId: r.id }, ctx.now.getTime()),
      );
    }
    return rows;
  }),

  enable: tenantProcedure('catalogue.manage')
    .input(z.object({ pluginId, version: version.optional() }))
    .mutation(async ({ ctx, input }) => {
      const before = await findLine(ctx.tx, ctx.scope.tenantId, input.pluginId);
      const release = await pinnable(ctx, input.pluginId, input.version ?? before?.pinnedVersion);
      const values = {
        enabled: true,
        enabledAt: ctx.now,
        enabledBy: ctx.scope.userId,
        pinnedVersion: release.plugin.version,
        updatedAt: ctx.now,
      };
      const [row] = before
        ? await ctx.tx
            .update(tenantServiceLines)
            .set(values)
            .where(lineWhere(ctx, input.pluginId))
            .returning()
        : await ctx.tx
            .insert(tenantServiceLines)
            .values({
              ...values,
              tenantId: ctx.scope.tenantId,
              pluginId: input.pluginId,
              source: release.source,
            })
            .returning();
      const after = lineOut(row!);
      await ctx.audit({
        action: 'catalogue.enable',
        entity: 'service_line',
        entityId: row!.id,
        before: before ? lineOut(before) : null,
        after,
      });
      return after;
    }),

  disable: tenantProcedure('catalogue.manage')
    .input(z.object({ pluginId }))
    .mutation(async ({ ctx, input }) => {
      const before = await findLine(ctx.tx, ctx.scope.tenantId, input.pluginId);
      if (!before) throw new NotFoundError('catalogue.line_not_enabled', { plugin: input.pluginId });
      const [row] = await ctx.tx
        .update(tenantServiceLines)
        .set({ enabled: false, updatedAt: ctx.now })
        .where(lineWhere(ctx, input.pluginId))
        .returning();
      const after = lineOut(row!);
      await ctx.audit({
        action: 'catalogue.disable',
        entity: 'service_line',
        entityId: row!.id,
        before: lineOut(before),
        after,
      });
      return after;
    }),

  /** Pins a version; the overlay is kept and every change it can no longer apply is returned. */
  pin: tenantProcedure('catalogue.manage')
    .input(z.object({ pluginId, version }))
    .mutation(async ({ ctx, input }) => {
      const { line: before, overlay } = await lineWithRelease(
        ctx.tx,
        ctx.scope.tenantId,
        ctx.plugins,
        input.pluginId,
      );
      const release = await pinnable(ctx, input.pluginId, input.version);
      const [row] = await ctx.tx
        .update(tenantServiceLines)
        .set({ pinnedVersion: release.plugin.version, updatedAt: ctx.now })
        .where(lineWhere(ctx, input.pluginId))
        .returning();
      const { problems } = applyOverlay(release.plugin, overlay);
      const after = lineOut(row!);
      await ctx.audit({
        action: 'catalogue.pin',
        entity: 'service_line',
        entityId: row!.id,
        before: { pinnedVersion: before.pinnedVersion },
        after: { pinnedVersion: after.pinnedVersion, overlayProblems: problems.length },
      });
      return { line: after, problems: problems.map(problemOut), diff: diffOverlay(release.plugin, overlay) };
    }),

  /** The line's standards and checklist items as the tenant has them, both languages, filtered. */
  standards: tenantProcedure('catalogue.read')
    .input(
      z.object({
        pluginId,
        search: z.string().max(100).optional(),
        category: z.string().max(64).optional(),
        severity: z.enum(SEVERITIES).optional(),
        cadence: z.string().max(64).optional(),
        inspectionKind: z.enum(INSPECTION_KINDS).optional(),
        includeDisabled: z.boolean().optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      ctx.authorize('catalogue.read', { serviceLineId: input.pluginId });
      const line = await findLine(ctx.tx, ctx.scope.tenantId, input.pluginId);
      const { pluginId: id, ...filter } = input;
      // A line not in the catalogue yet can be previewed at its newest version, without an overlay.
      const release = line
        ? (await lineWithRelease(ctx.tx, ctx.scope.tenantId, ctx.plugins, id)).release
        : await pinnable(ctx, id, undefined, false);
      const overlay = line ? overlayOf(line) : { pluginId: id, operations: [] };
      const p = release.plugin;
      return {
        plugin: {
          id: p.id,
          version: p.version,
          name: p.name,
          description: p.description ?? null,
          source: release.source,
        },
        line: line ? lineOut(line) : null,
        ...standardsView(p, overlay, filter),
      };
    }),

  /** A tenant admin's data-only plugin (JSON or YAML): installed whole, or refused with every error. */
  upload: tenantProcedure('catalogue.manage')
    .input(z.object({ format: z.enum(['json', 'yaml']), text: z.string().min(1).max(1_000_000) }))
    .mutation(async ({ ctx, input }) => {
      const result = await uploadDataPlugin(ctx.tx, ctx.scope, ctx.plugins, input, ctx.now);
      if (result.created)
        await ctx.audit({
          action: 'catalogue.upload',
          entity: 'data_plugin',
          entityId: result.id,
          after: {
            pluginId: result.pluginId,
            version: result.version,
            contentHash: result.contentHash,
            format: input.format,
          },
        });
      return result;
    }),

  overlay: overlayRouter,
});
