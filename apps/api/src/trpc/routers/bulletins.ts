import { rolesAllowing } from '@steward/access';
import { z } from 'zod';
import { exportPdf, exportWorkbook } from '../../services/bulletins/exports.ts';
import {
  editBulletin,
  generateBulletin,
  getBulletin,
  listBulletins,
  publishBulletin,
} from '../../services/bulletins/service.ts';
import { MONTH_PATTERN } from '../../services/scores/month.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const month = z.string().regex(MONTH_PATTERN, 'validation.month');
const canManage = (ctx: { principal: { roles: readonly string[] } }) =>
  rolesAllowing(ctx.principal.roles as never, 'bulletins.manage') !== undefined;

/**
 * 通报 (R18): the monthly bulletin, generated from the records, edited as a draft, published to the vendors
 * and to every member of the agency (R15), exported as PDF and Excel.
 */
export const bulletinsRouter = router({
  list: tenantProcedure('bulletins.read').query(({ ctx }) => listBulletins(ctx, canManage(ctx))),
  get: tenantProcedure('bulletins.read')
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => getBulletin(ctx, input.id, canManage(ctx))),
  generate: tenantProcedure('bulletins.manage')
    .input(z.object({ month }))
    .mutation(({ ctx, input }) => generateBulletin(ctx, input.month)),
  edit: tenantProcedure('bulletins.manage')
    .input(
      z.object({
        id: z.uuid(),
        version: z.number().int().min(1),
        title: z.string().trim().min(1).max(200),
        summary: z.string().max(10_000),
        measures: z.string().max(10_000),
      }),
    )
    .mutation(({ ctx, input }) => editBulletin(ctx, input)),
  publish: tenantProcedure('bulletins.publish')
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => publishBulletin(ctx, input.id)),
  exportXlsx: tenantProcedure('bulletins.read')
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => exportWorkbook(ctx, input.id, canManage(ctx))),
  exportPdf: tenantProcedure('bulletins.read')
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => exportPdf(ctx, input.id, canManage(ctx))),
});
