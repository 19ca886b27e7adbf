import { z } from 'zod';
import { appealSchema } from '../../services/consequence-engine/appeal-input.ts';
import { fileAppeal, resolveAppeal } from '../../services/consequence-engine/appeals.ts';
import {
  consequenceDetail,
  listWarnings,
  listWithProgress,
} from '../../services/consequence-engine/queries.ts';
import { consequenceRulesSchema, contractOverridesSchema } from '../../services/consequence-engine/rules.ts';
import {
  contractRulesView,
  depositLedgerView,
  evaluateNow,
  recordDeposit,
  rulesView,
  runBacktest,
  setContractRules,
  setRules,
} from '../../services/consequence-engine/service.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const status = z.enum(['proposed', 'endorsed', 'approved', 'rejected', 'withdrawn']).optional();
const listInput = z.object({ status, contractId: z.uuid().optional() }).default({});

/**
 * Issue 7: consequences that bite — the engine on demand, early warnings, rules per tenant and contract
 * with back-testing, the vendor's view and appeals. Decisions: `consequences.decide` (two-person).
 */
export const consequenceEngineRouter = router({
  evaluate: tenantProcedure('consequences.evaluate')
    .input(z.object({ contractId: z.uuid().optional() }).default({}))
    .mutation(({ ctx, input }) => evaluateNow(ctx, input.contractId)),

  list: tenantProcedure('consequences.read')
    .input(listInput)
    .query(({ ctx, input }) => listWithProgress(ctx, ctx.locale, input, 'consequences.read')),
  detail: tenantProcedure('consequences.read')
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => consequenceDetail(ctx, input.id, ctx.locale, 'consequences.read')),
  warnings: tenantProcedure('consequences.read').query(({ ctx }) =>
    listWarnings(ctx, ctx.locale, 'consequences.read'),
  ),

  /** The vendor's own consequences, warnings and appeals. */
  mine: tenantProcedure('consequences.respond')
    .input(listInput)
    .query(({ ctx, input }) => listWithProgress(ctx, ctx.locale, input, 'consequences.respond')),
  mineDetail: tenantProcedure('consequences.respond')
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => consequenceDetail(ctx, input.id, ctx.locale, 'consequences.respond')),
  myWarnings: tenantProcedure('consequences.respond').query(({ ctx }) =>
    listWarnings(ctx, ctx.locale, 'consequences.respond'),
  ),
  appeal: tenantProcedure('consequences.respond')
    .input(appealSchema)
    .mutation(({ ctx, input }) => fileAppeal(ctx, input)),
  resolveAppeal: tenantProcedure('consequences.decide')
    .input(
      z.object({
        appealId: z.uuid(),
        outcome: z.enum(['upheld', 'dismissed']),
        note: z.string().trim().min(1).max(2000),
      }),
    )
    .mutation(({ ctx, input }) => resolveAppeal(ctx, input)),

  rules: tenantProcedure('consequences.read').query(({ ctx }) => rulesView(ctx)),
  setRules: tenantProcedure('consequences.rules')
    .input(z.object({ rules: consequenceRulesSchema, appealWorkingDays: z.number().int().min(1).max(60) }))
    .mutation(({ ctx, input }) => setRules(ctx, input.rules, input.appealWorkingDays)),
  contractRules: tenantProcedure('consequences.read')
    .input(z.object({ contractId: z.uuid() }))
    .query(({ ctx, input }) => contractRulesView(ctx, input.contractId)),
  setContractRules: tenantProcedure('consequences.rules')
    .input(z.object({ contractId: z.uuid(), overrides: contractOverridesSchema }))
    .mutation(({ ctx, input }) => setContractRules(ctx, input.contractId, input.overrides)),
  backtest: tenantProcedure('consequences.read')
    .input(
      z.object({
        rules: consequenceRulesSchema.optional(),
        contractOverrides: z.record(z.uuid(), contractOverridesSchema).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      runBacktest(ctx, { tenantRules: input.rules, contractOverrides: input.contractOverrides }),
    ),

  ledger: tenantProcedure('deposits.read')
    .input(z.object({ contractId: z.uuid() }))
    .query(({ ctx, input }) => depositLedgerView(ctx, input.contractId)),
  recordDeposit: tenantProcedure('deposits.manage')
    .input(
      z.object({
        contractId: z.uuid(),
        kind: z.enum(['received', 'refund']),
        amountFen: z.number().int().min(1).max(100_000_000_000),
        note: z.string().trim().max(500).default(''),
      }),
    )
    .mutation(({ ctx, input }) => recordDeposit(ctx, input)),
});
