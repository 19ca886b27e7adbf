import { z } from 'zod';
import { awardSchema, bidSchema, cancelSchema, openTenderSchema } from '../../services/tenders/input.ts';
import { contractTenders } from '../../services/tenders/queries.ts';
import { awardTender, cancelTender, openTender, recordBid } from '../../services/tenders/service.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

/**
 * R22 re-tenders (R5 tendering later): open one for a contract's re-tender date, record the bidders and the
 * award; an award to another vendor proposes the incumbent's exit for the leaders to decide.
 */
export const tendersRouter = router({
  forContract: tenantProcedure('tenders.read')
    .input(z.object({ contractId: z.uuid() }))
    .query(({ ctx, input }) => contractTenders(ctx, input.contractId)),
  open: tenantProcedure('tenders.manage')
    .input(openTenderSchema)
    .mutation(({ ctx, input }) => openTender(ctx, input)),
  recordBid: tenantProcedure('tenders.manage')
    .input(bidSchema)
    .mutation(({ ctx, input }) => recordBid(ctx, input)),
  award: tenantProcedure('tenders.manage')
    .input(awardSchema)
    .mutation(({ ctx, input }) => awardTender(ctx, input)),
  cancel: tenantProcedure('tenders.manage')
    .input(cancelSchema)
    .mutation(({ ctx, input }) => cancelTender(ctx, input)),
});
