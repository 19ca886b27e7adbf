import { formatPoints } from '../scoring/points.ts';
import { bandFor } from './bands.ts';
import { formatFen } from './money.ts';
import { quarterIndex } from './periods.ts';
import type { ConsequenceProposal, ConsequenceRules, ContractFacts } from './types.ts';

/** Sort position of a money proposal's period (month or quarter end) for the deposit's running balance. */
function monthOrder(period: string): number {
  if (/^\d{4}-Q[1-4]$/.test(period))
    return Math.floor(quarterIndex(period) / 4) * 12 + (quarterIndex(period) % 4) * 3 + 2;
  const [y, m] = period.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
}

function money(
  facts: ContractFacts,
  key: string,
  rule: 'score_band' | 'satisfaction_tier',
  period: string,
  amountFen: number,
  params: Record<string, string | number>,
  fact: ConsequenceProposal['facts'][number],
): ConsequenceProposal | null {
  if (amountFen === 0) return null;
  const reward = amountFen > 0;
  const base = rule === 'score_band' ? 'score' : 'satisfaction';
  return {
    key,
    kind: reward ? 'reward' : 'deposit_deduction',
    rule,
    requirement: reward ? (rule === 'score_band' ? 'R20' : 'R21') : 'R19',
    contractId: facts.contractId,
    period,
    amountFen: Math.abs(amountFen),
    messageKey: `consequence.${reward ? 'reward' : 'deduction'}.${base}`,
    params: { ...params, period, amount: formatFen(Math.abs(amountFen)) },
    facts: [fact],
  };
}

/** R20, R21, R19: money per month (score bands) and per quarter (satisfaction tiers), in period order. */
export function moneyProposals(facts: ContractFacts, rules: ConsequenceRules): ConsequenceProposal[] {
  const out: ConsequenceProposal[] = [];
  for (const m of facts.monthlyScores ?? []) {
    // R20: a month without data earns and costs nothing.
    if (m.score === null) continue;
    const band = bandFor(rules.scoreBands, m.score / 100);
    const p = money(
      facts,
      `score:${facts.contractId}:${m.month}`,
      'score_band',
      m.month,
      band.amountFen,
      {
        score: formatPoints(m.score),
        band: band.name,
      },
      { type: 'monthly_assessment', id: m.id, period: m.month, value: formatPoints(m.score) },
    );
    if (p) out.push(p);
  }
  for (const q of facts.quarterlySatisfaction ?? []) {
    const tier = bandFor(rules.satisfactionTiers, q.rate);
    const p = money(
      facts,
      `satisfaction:${facts.contractId}:${q.period}`,
      'satisfaction_tier',
      q.period,
      tier.amountFen,
      {
        rate: q.rate,
        tier: tier.name,
      },
      { type: 'survey_round', id: q.id, period: q.period, value: q.rate },
    );
    if (p) out.push(p);
  }
  out.sort((a, b) => monthOrder(a.period!) - monthOrder(b.period!) || (a.key < b.key ? -1 : 1));
  if (rules.capDeductionsAtDeposit && facts.depositBalanceFen !== undefined) {
    let balance = facts.depositBalanceFen;
    for (const p of out) {
      if (p.kind !== 'deposit_deduction') continue;
      const take = Math.max(0, Math.min(p.amountFen!, balance));
      if (take !== p.amountFen) {
        p.requestedFen = p.amountFen;
        p.amountFen = take;
        p.params = { ...p.params, amount: formatFen(take) };
      }
      balance -= take;
    }
  }
  return out;
}
