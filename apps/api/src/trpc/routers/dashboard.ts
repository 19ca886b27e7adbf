import { z } from 'zod';
import { dashboardOverview } from '../../services/dashboard/overview.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

/** The leadership dashboard (issue 7). */
export const dashboardRouter = router({
  overview: tenantProcedure('dashboard.read')
    .input(z.object({ months: z.number().int().min(3).max(12).default(6) }).default({ months: 6 }))
    .query(({ ctx, input }) => dashboardOverview(ctx, input.months)),
});
