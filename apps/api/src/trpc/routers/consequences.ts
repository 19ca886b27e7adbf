import { z } from 'zod';
// Issue 7: decisions are two-person for money and terminations (one approver otherwise).
import { decideTwoPerson as decideConsequence } from '../../services/consequence-engine/decide.ts';
import { listConsequences } from '../../services/consequences/decide.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

/** Contract consequences as proposals for a leader (R22): exit warnings after failed rectifications. */
export const consequencesRouter = router({
  list: tenantProcedure('consequences.read')
    .input(
      z
        .object({
          status: z.enum(['proposed', 'approved', 'rejected']).optional(),
          contractId: z.uuid().optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) => listConsequences(ctx, input)),

  decide: tenantProcedure('consequences.decide')
    .input(
      z.object({
        id: z.uuid(),
        decision: z.enum(['approved', 'rejected']),
        note: z.string().trim().min(1).max(2000),
      }),
    )
    .mutation(({ ctx, input }) => decideConsequence(ctx, input)),
});
