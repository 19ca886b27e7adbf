import { rowVisibleUnderGrants } from '@steward/access';
import { ConflictError, NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { router } from '../init.ts';
import { partialUpdate } from '../partial-update.ts';
import { tenantProcedure } from '../procedures.ts';

const { sites } = schema;

const siteFields = z.object({
  code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().max(200).default(''),
  tags: z.array(z.string().trim().min(1).max(32)).max(20).default([]),
});

const siteOut = {
  id: sites.id,
  code: sites.code,
  name: sites.name,
  address: sites.address,
  tags: sites.tags,
  archivedAt: sites.archivedAt,
};

export const sitesRouter = router({
  list: tenantProcedure('sites.read').query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select(siteOut)
      .from(sites)
      .where(tenantFilter(sites.tenantId, ctx.scope.tenantId))
      .orderBy(asc(sites.code));
    // Evaluators and external inspectors see only the sites their grants cover.
    if (ctx.decision.allowed && ctx.decision.via === 'grant-scope') {
      const grants = ctx.decision.grants;
      return rows.filter((r) =>
        rowVisibleUnderGrants(grants, 'sites.read', { siteId: r.id }, ctx.now.getTime()),
      );
    }
    return rows;
  }),

  get: tenantProcedure('sites.read')
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select(siteOut)
        .from(sites)
        .where(and(tenantFilter(sites.tenantId, ctx.scope.tenantId), eq(sites.id, input.id)));
      if (!row) throw new NotFoundError();
      ctx.authorize('sites.read', { siteId: row.id });
      return row;
    }),

  create: tenantProcedure('sites.manage')
    .input(siteFields)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .insert(sites)
        .values({ ...input, tenantId: ctx.scope.tenantId })
        .onConflictDoNothing()
        .returning(siteOut);
      if (!row) throw new ConflictError('site.code_taken', { code: input.code });
      await ctx.audit({ action: 'site.create', entity: 'site', entityId: row.id, after: input });
      return row;
    }),

  update: tenantProcedure('sites.manage')
    .input(partialUpdate(siteFields).extend({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      const where = and(tenantFilter(sites.tenantId, ctx.scope.tenantId), eq(sites.id, id));
      const [before] = await ctx.tx.select(siteOut).from(sites).where(where);
      if (!before) throw new NotFoundError();
      const [after] = await ctx.tx.update(sites).set(changes).where(where).returning(siteOut);
      await ctx.audit({ action: 'site.update', entity: 'site', entityId: id, before, after });
      return after!;
    }),

  archive: tenantProcedure('sites.manage')
    .input(z.object({ id: z.uuid(), archived: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const where = and(tenantFilter(sites.tenantId, ctx.scope.tenantId), eq(sites.id, input.id));
      const [after] = await ctx.tx
        .update(sites)
        .set({ archivedAt: input.archived ? ctx.now : null })
        .where(where)
        .returning(siteOut);
      if (!after) throw new NotFoundError();
      await ctx.audit({
        action: input.archived ? 'site.archive' : 'site.restore',
        entity: 'site',
        entityId: input.id,
      });
      return after;
    }),
});
