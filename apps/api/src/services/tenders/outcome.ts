import { type ContractFacts, localDate, retenderProposals, retenderState } from '@steward/core';
import type { schema } from '@steward/db';
import { type Actor, storeProposals } from '../consequence-engine/persist.ts';
import {
  type ContractOverrides,
  contractOverrides,
  rulesForContract,
  tenantRulesOf,
} from '../consequence-engine/rules.ts';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { tenderFacts } from './facts.ts';

type Contract = typeof schema.contracts.$inferSelect;

/** The R22 facts of one contract: its dates, incumbent and tenders (the re-tender rule needs no more). */
async function retenderFacts(ctx: SupervisionCtx, contract: Contract) {
  const facts: ContractFacts = {
    contractId: contract.id,
    vendorId: contract.vendorId,
    startDate: contract.startsOn,
    endDate: contract.endsOn,
    asOf: localDate(ctx.now.getTime(), ctx.tenant.timeZone),
    satisfactionTarget: contract.satisfactionTargetBp / 100,
    tenders: await tenderFacts(ctx.tx, ctx.scope.tenantId, contract.id),
  };
  const row = await contractOverrides(ctx.tx, ctx.scope.tenantId, contract.id);
  const rules = rulesForContract(tenantRulesOf(ctx.tenant.settings), row?.rules as ContractOverrides);
  return { facts, rules };
}

/** The re-tender date a new tender answers: the earliest one reached and not yet satisfied, else the next. */
export async function retenderDateFor(ctx: SupervisionCtx, contract: Contract) {
  const { facts, rules } = await retenderFacts(ctx, contract);
  const state = retenderState(facts, rules);
  return state.flagged[0] ?? state.next;
}

/**
 * Runs the core's re-tender rule for the contract right after an award and stores what it proposes (the
 * scheduled run would find the same keys later and add nothing): the awarding person is the proposer, so
 * the leaders decide.
 */
export async function proposeTenderOutcome(ctx: SupervisionCtx, contract: Contract) {
  const { facts, rules } = await retenderFacts(ctx, contract);
  const actor: Actor = {
    tenantId: ctx.scope.tenantId,
    userId: ctx.scope.userId,
    now: ctx.now,
    audit: ctx.audit,
  };
  return storeProposals(ctx.tx, actor, retenderProposals(facts, rules));
}
