import { readChain, schema, tenantFilter, verifyChain } from '@steward/db';
import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const { auditLog, users } = schema;

export const auditRouter = router({
  /** Newest first, paged by sequence number. */
  list: tenantProcedure('audit.read')
    .input(
      z.object({
        before: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.tx
        .select({
          seq: auditLog.seq,
          at: auditLog.at,
          actorUserId: auditLog.actorUserId,
          actorName: users.displayName,
          actorKind: auditLog.actorKind,
          action: auditLog.action,
          entity: auditLog.entity,
          entityId: auditLog.entityId,
          before: auditLog.before,
          after: auditLog.after,
          hash: auditLog.hash,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(
          and(
            tenantFilter(auditLog.tenantId, ctx.scope.tenantId),
            input.before ? lt(auditLog.seq, input.before) : undefined,
          ),
        )
        .orderBy(desc(auditLog.seq))
        .limit(input.limit),
    ),

  /** Recomputes the whole chain; with a checkpoint the agency kept, also catches truncation and rebuilds. */
  verify: tenantProcedure('audit.read')
    .input(
      z.object({
        checkpoint: z
          .object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
          .optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const chain = await readChain(ctx.tx, ctx.scope.tenantId);
      const checkpoint = input.checkpoint ? { ...input.checkpoint, tenantId: ctx.scope.tenantId } : undefined;
      return verifyChain(ctx.scope.tenantId, chain, checkpoint);
    }),

  /** The chain head to keep outside the database (download, e-mail, or an object store with retention). */
  head: tenantProcedure('audit.read').query(async ({ ctx }) => {
    const [last] = await ctx.tx
      .select({ seq: auditLog.seq, hash: auditLog.hash, at: auditLog.at })
      .from(auditLog)
      .where(tenantFilter(auditLog.tenantId, ctx.scope.tenantId))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    return last ? { tenantId: ctx.scope.tenantId, ...last, exportedAt: ctx.now } : null;
  }),
});
