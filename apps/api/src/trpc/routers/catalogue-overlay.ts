import { ConflictError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { applyOverlay, diffOverlay, overlaySchema, type TenantOverlay } from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { lineWithRelease } from '../../services/catalogue/lines.ts';
import { problemOut } from '../../services/catalogue/standards-view.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const { tenantServiceLines } = schema;
const pluginId = z.string().trim().min(1).max(64);

/** The overlay editor: the tenant's changes to a line, as operations and as a diff against the default. */
export const overlayRouter = router({
  get: tenantProcedure('catalogue.read')
    .input(z.object({ pluginId }))
    .query(async ({ ctx, input }) => {
      ctx.authorize('catalogue.read', { serviceLineId: input.pluginId });
      const { line, release, overlay } = await lineWithRelease(
        ctx.tx,
        ctx.scope.tenantId,
        ctx.plugins,
        input.pluginId,
      );
      return {
        pluginId: line.pluginId,
        pinnedVersion: line.pinnedVersion,
        basedOn: line.overlayBasedOn,
        version: line.overlayVersion,
        operations: overlay.operations,
        updatedAt: line.overlayUpdatedAt,
        diff: diffOverlay(release.plugin, overlay),
        problems: applyOverlay(release.plugin, overlay).problems.map(problemOut),
      };
    }),

  /**
   * Replaces the overlay. `expectedVersion` is the version the editor loaded: a concurrent edit makes this
   * a conflict instead of a lost update. Operations that cannot apply are kept and reported.
   */
  put: tenantProcedure('catalogue.manage')
    .input(
      z.object({
        pluginId,
        expectedVersion: z.int().min(0),
        operations: z.array(z.unknown()).max(2000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { line, release } = await lineWithRelease(
        ctx.tx,
        ctx.scope.tenantId,
        ctx.plugins,
        input.pluginId,
      );
      const parsed = overlaySchema.safeParse({
        pluginId: input.pluginId,
        basedOn: line.pinnedVersion,
        operations: input.operations,
      });
      if (!parsed.success) {
        const fields: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.map(String).join('.') || '_';
          fields[key] = [...(fields[key] ?? []), issue.message];
        }
        throw new ValidationError(fields, 'catalogue.overlay_invalid');
      }
      const overlay = parsed.data as TenantOverlay;
      const [row] = await ctx.tx
        .update(tenantServiceLines)
        .set({
          overlayOperations: overlay.operations,
          overlayBasedOn: line.pinnedVersion,
          overlayVersion: input.expectedVersion + 1,
          overlayUpdatedAt: ctx.now,
          overlayUpdatedBy: ctx.scope.userId,
          updatedAt: ctx.now,
        })
        .where(
          and(
            tenantFilter(tenantServiceLines.tenantId, ctx.scope.tenantId),
            eq(tenantServiceLines.pluginId, input.pluginId),
            eq(tenantServiceLines.overlayVersion, input.expectedVersion),
          ),
        )
        .returning();
      if (!row) throw new ConflictError('catalogue.overlay_stale', { version: line.overlayVersion });
      const { problems } = applyOverlay(release.plugin, overlay);
      await ctx.audit({
        action: 'catalogue.overlay.put',
        entity: 'service_line',
        entityId: row.id,
        before: { version: line.overlayVersion, operations: line.overlayOperations },
        after: { version: row.overlayVersion, operations: overlay.operations, problems: problems.length },
      });
      return {
        version: row.overlayVersion,
        operations: overlay.operations,
        diff: diffOverlay(release.plugin, overlay),
        problems: problems.map(problemOut),
      };
    }),
});
