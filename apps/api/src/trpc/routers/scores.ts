import { z } from 'zod';
import { MONTH_PATTERN } from '../../services/scores/month.ts';
import {
  approveBonus,
  enterBonus,
  listBonuses,
  monthWithLineage,
  overview,
  trend,
} from '../../services/scores/service.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const month = z.string().regex(MONTH_PATTERN, 'validation.month');

/** 百分制考核 (R20, R12): the month with its lineage, the trend, the tenant's overview, bonuses. */
export const scoresRouter = router({
  month: tenantProcedure('scores.read')
    .input(z.object({ contractId: z.uuid(), month: month.optional() }))
    .query(({ ctx, input }) => monthWithLineage(ctx, input.contractId, input.month, ctx.locale)),

  trend: tenantProcedure('scores.read')
    .input(
      z.object({
        contractId: z.uuid(),
        months: z.number().int().min(1).max(24).default(12),
        last: month.optional(),
      }),
    )
    .query(({ ctx, input }) => trend(ctx, input.contractId, input.months, input.last)),

  overview: tenantProcedure('scores.read')
    .input(z.object({ month: month.optional() }).default({}))
    .query(({ ctx, input }) => overview(ctx, input.month)),

  bonuses: router({
    list: tenantProcedure('scores.read')
      .input(
        z
          .object({
            contractId: z.uuid().optional(),
            month: month.optional(),
            pending: z.boolean().optional(),
          })
          .default({}),
      )
      .query(({ ctx, input }) => listBonuses(ctx, input)),

    enter: tenantProcedure('scores.bonus')
      .input(
        z.object({
          contractId: z.uuid(),
          month,
          level: z.enum(['daily', 'monthly', 'semiannual']).default('monthly'),
          pointsCenti: z.number().int().min(1).max(10_000),
          reason: z.string().trim().min(1).max(500),
        }),
      )
      .mutation(({ ctx, input }) => enterBonus(ctx, input)),

    approve: tenantProcedure('scores.approve')
      .input(z.object({ id: z.uuid() }))
      .mutation(({ ctx, input }) => approveBonus(ctx, input.id)),
  }),
});
