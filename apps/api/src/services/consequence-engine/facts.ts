import {
  type ContractFacts,
  type FeedbackFact,
  localDate,
  type RectificationChainFact,
  type SatisfactionFact,
  type SurveyResponseFacts,
  satisfactionRate,
  type VerificationOutcome,
} from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { assessMonth } from '../scores/assess.ts';
import { shiftMonth } from '../scores/month.ts';
import { tenderFacts } from '../tenders/facts.ts';

const { surveyRounds, surveyRoundTargets, surveyResponses, rectifications, depositLedger } = schema;

type Contract = typeof schema.contracts.$inferSelect;
type Tenant = typeof schema.tenants.$inferSelect;

export interface GatherOptions {
  /** How many completed months of scores to consider (the scheduled run looks back 12, a back-test 36). */
  months: number;
}

/** Months from the contract's start (or `months` back) to the last completed month, oldest first. */
function monthsToAssess(contract: Contract, today: string, months: number): string[] {
  const current = today.slice(0, 7);
  const first = contract.startsOn.slice(0, 7);
  const last = contract.endsOn.slice(0, 7) < current ? contract.endsOn.slice(0, 7) : shiftMonth(current, -1);
  const out: string[] = [];
  for (let m = last; m >= first && out.length < months; m = shiftMonth(m, -1)) out.unshift(m);
  return out;
}

const OUTCOMES: readonly string[] = ['fixed', 'partly_fixed', 'not_fixed'];

/** R22: each finding's notices in round order, grouped by the finding (the chain the exit warning cites). */
async function rectificationChains(tx: Database, tenantId: string, contractId: string) {
  const rows = await tx
    .select()
    .from(rectifications)
    .where(and(tenantFilter(rectifications.tenantId, tenantId), eq(rectifications.contractId, contractId)))
    .orderBy(asc(rectifications.round), asc(rectifications.issuedAt));
  const chains = new Map<
    string,
    RectificationChainFact & { notices: { id: string; outcome: VerificationOutcome }[] }
  >();
  for (const r of rows) {
    const chain = chains.get(r.resultId) ?? { id: r.resultId, notices: [] };
    chain.notices.push({
      id: r.id,
      outcome: (OUTCOMES.includes(r.status) ? r.status : 'pending') as VerificationOutcome,
    });
    chains.set(r.resultId, chain);
  }
  return [...chains.values()];
}

/** R21, R22: satisfaction per quarter and per completed year, and poor-feedback rates, from closed rounds. */
async function satisfaction(tx: Database, tenantId: string, contractId: string, today: string) {
  const rounds = await tx
    .select({ id: surveyRounds.id, period: surveyRounds.period })
    .from(surveyRounds)
    .innerJoin(surveyRoundTargets, eq(surveyRoundTargets.roundId, surveyRounds.id))
    .where(
      and(
        tenantFilter(surveyRounds.tenantId, tenantId),
        eq(surveyRounds.status, 'closed'),
        eq(surveyRoundTargets.contractId, contractId),
      ),
    )
    .orderBy(asc(surveyRounds.period), asc(surveyRounds.closedAt));
  const unique = [...new Map(rounds.map((r) => [r.id, r])).values()];
  if (unique.length === 0) return { quarters: [], years: [], feedback: [] };
  const responses = await tx
    .select({ roundId: surveyResponses.roundId, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(
      and(
        tenantFilter(surveyResponses.tenantId, tenantId),
        inArray(
          surveyResponses.roundId,
          unique.map((r) => r.id),
        ),
      ),
    );
  const mine = (a: { contractId: string }) => a.contractId === contractId;
  const group = (keyOf: (period: string) => string) => {
    const out = new Map<string, { lastRound: string; responses: SurveyResponseFacts[] }>();
    for (const r of unique) {
      const key = keyOf(r.period);
      const g = out.get(key) ?? { lastRound: r.id, responses: [] };
      g.lastRound = r.id;
      g.responses.push(...(responses.filter((x) => x.roundId === r.id) as SurveyResponseFacts[]));
      out.set(key, g);
    }
    return out;
  };
  const quarters: SatisfactionFact[] = [];
  const feedback: FeedbackFact[] = [];
  for (const [period, g] of group((p) => p)) {
    const rate = satisfactionRate(g.responses, mine);
    if (rate.rateBp === null) continue;
    quarters.push({ id: g.lastRound, period, rate: rate.rateBp / 100, responses: rate.responses });
    feedback.push({
      id: g.lastRound,
      period,
      poorRate: (rate.poorRateBp ?? 0) / 100,
      responses: rate.responses,
    });
  }
  const years: SatisfactionFact[] = [];
  const thisYear = today.slice(0, 4);
  for (const [year, g] of group((p) => p.slice(0, 4))) {
    if (year >= thisYear) continue; // only completed years count towards "2 consecutive years"
    const rate = satisfactionRate(g.responses, mine);
    if (rate.rateBp === null) continue;
    years.push({ id: g.lastRound, period: year, rate: rate.rateBp / 100, responses: rate.responses });
  }
  return { quarters, years, feedback };
}

/** The deposit the engine caps deductions at: what was received less refunds (the ledger), else the contract's. */
export function nominalDepositFen(contract: Contract): number {
  if (contract.depositKind === 'amount') return contract.depositFen ?? 0;
  return Math.floor((contract.priceFen * (contract.depositBasisPoints ?? 0)) / 10_000);
}

async function depositHeld(tx: Database, tenantId: string, contract: Contract): Promise<number> {
  const rows = await tx
    .select({ kind: depositLedger.kind, amountFen: depositLedger.amountFen })
    .from(depositLedger)
    .where(and(tenantFilter(depositLedger.tenantId, tenantId), eq(depositLedger.contractId, contract.id)));
  const received = rows.filter((r) => r.kind === 'received').reduce((n, r) => n + r.amountFen, 0);
  const refunded = rows.filter((r) => r.kind === 'refund').reduce((n, r) => n + r.amountFen, 0);
  return rows.some((r) => r.kind === 'received') ? received - refunded : nominalDepositFen(contract);
}

/**
 * Everything the consequence engine needs about one contract, as of today in the tenant's time zone: the
 * monthly composites (cited by the SHA-256 of their inputs), quarterly and yearly satisfaction (cited by
 * survey round), poor-feedback rates, rectification chains (cited by notice), the contract's dates and
 * target, its re-tenders (R22), and the deposit held before any deduction (the engine replays deductions in period order).
 */
export async function gatherContractFacts(
  tx: Database,
  tenant: Tenant,
  contract: Contract,
  now: Date,
  options: GatherOptions,
): Promise<ContractFacts> {
  const today = localDate(now.getTime(), tenant.timeZone);
  const monthlyScores = [];
  for (const month of monthsToAssess(contract, today, options.months)) {
    const a = await assessMonth(tx, tenant, contract, month);
    const c = a.assessment.composite;
    monthlyScores.push({ id: a.inputsHash, month, score: c.status === 'scored' ? c.score : null });
  }
  const sat = await satisfaction(tx, tenant.id, contract.id, today);
  return {
    contractId: contract.id,
    vendorId: contract.vendorId,
    startDate: contract.startsOn,
    endDate: contract.endsOn,
    tenders: await tenderFacts(tx, tenant.id, contract.id),
    asOf: today,
    satisfactionTarget: contract.satisfactionTargetBp / 100,
    depositBalanceFen: await depositHeld(tx, tenant.id, contract),
    monthlyScores,
    quarterlySatisfaction: sat.quarters,
    yearlySatisfaction: sat.years,
    feedback: sat.feedback,
    rectifications: await rectificationChains(tx, tenant.id, contract.id),
  };
}
