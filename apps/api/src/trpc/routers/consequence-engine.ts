import { z } from 'zod';
import { appealSchema } from '../../services/consequence-engine/appeal-input.ts';
import { fileAppeal, resolveAppeal } from '../../services/consequence-engine/appeals.ts';
import {
  awaitingCount,
  CONSEQUENCE_KINDS,
  CONSEQUENCE_STATUSES,
} from '../../services/consequence-engine/board-filter.ts';
import { decideTwoPerson } from '../../services/consequence-engine/decide.ts';
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

const listInput = z
  .object({
    status: z.enum([...CONSEQUENCE_STATUSES, 'open', 'awaiting']).optional(),
    kind: z.enum(CONSEQUENCE_KINDS).optional(),
    contractId: z.uuid().optional(),
    vendorId: z.uuid().optional(),
  })
  .default({});

/**
 * Issue 7: consequences that bite — the engine on demand, the board of every consequence (the
 * rectification service's exit warnings included) and its two-person decisions, early warnings, rules
 * per tenant and contract with back-testing, the vendor's view and appeals, the deposit ledger.
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
  /** A leader decides a proposal: money and terminations need two people, the proposer never decides. */
  decide: tenantProcedure('consequences.decide')
    .input(
      z.object({
        id: z.uuid(),
        decision: z.enum(['approved', 'rejected']),
        note: z.string().trim().min(1).max(2000),
      }),
    )
    .mutation(({ ctx, input }) => decideTwoPerson(ctx, input)),
  /** How many proposals and appeals wait for the caller's decision (the nav and home count). */
  awaitingCount: tenantProcedure('consequences.decide').query(async ({ ctx }) => ({
    count: await awaitingCount(ctx),
  })),
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
