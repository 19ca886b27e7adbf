import { z } from 'zod';
import { assignSupervisor, listAssignments, removeAssignment } from '../../services/contracts/assignments.ts';
import type { SupervisionCtx } from '../../services/contracts/context.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const c = (ctx: unknown) => ctx as SupervisionCtx;

/** Supervisor assignments (条检, R13): the plan generator reads them to assign line inspections. */
export const assignmentsRouter = router({
  list: tenantProcedure('plans.read').query(({ ctx }) => listAssignments(c(ctx))),

  set: tenantProcedure('people.manage')
    .input(
      z.object({
        serviceLineId: z.string().trim().min(1).max(64),
        siteId: z.uuid().nullable().default(null),
        userId: z.uuid(),
      }),
    )
    .mutation(({ ctx, input }) => assignSupervisor(c(ctx), input)),

  remove: tenantProcedure('people.manage')
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => removeAssignment(c(ctx), input.id)),
});
