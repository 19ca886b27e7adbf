import { toHundredths } from './bands.ts';
import { consecutiveRuns, quarterIndex, yearIndex } from './periods.ts';
import { retenderProposals } from './retender.ts';
import type {
  ConsequenceProposal,
  ConsequenceRules,
  ContractFacts,
  FactRef,
  RectificationChainFact,
  SatisfactionFact,
} from './types.ts';

export function failedNotices(chain: RectificationChainFact, rules: ConsequenceRules) {
  return chain.notices.filter(
    (n) => n.outcome === 'not_fixed' || (rules.partlyFixedCountsAsFailure && n.outcome === 'partly_fixed'),
  );
}

export const belowTarget = (facts: ContractFacts) => (s: SatisfactionFact) =>
  toHundredths(s.rate) < toHundredths(facts.satisfactionTarget);

export const satisfactionRef =
  (type: 'survey_round' | 'yearly_satisfaction') =>
  (s: SatisfactionFact): FactRef => ({
    type,
    id: s.id,
    period: s.period,
    value: s.rate,
  });

/** R22: exit warning, termination and re-tender proposals. */
export function exitProposals(facts: ContractFacts, rules: ConsequenceRules): ConsequenceProposal[] {
  const c = facts.contractId;
  const out: ConsequenceProposal[] = [];
  const base = { contractId: c, requirement: 'R22' as const };

  // R22: a rectification failed, then failed again → written exit warning.
  for (const chain of facts.rectifications ?? []) {
    const failed = failedNotices(chain, rules);
    if (failed.length < rules.exitWarningAfterFailures) continue;
    out.push({
      ...base,
      key: `exit_warning:${c}:${chain.id}`,
      kind: 'exit_warning',
      rule: 'rectification_failed',
      messageKey: 'consequence.exit_warning',
      params: { failures: failed.length },
      facts: failed.map((n) => ({ type: 'rectification_notice', id: n.id, value: n.outcome })),
    });
  }

  // R22: below target for N consecutive quarters / years. One proposal per run, when it reaches N.
  const streaks = [
    ['quarters', facts.quarterlySatisfaction, quarterIndex, rules.terminationQuarters, 'survey_round'],
    ['years', facts.yearlySatisfaction, yearIndex, rules.terminationYears, 'yearly_satisfaction'],
  ] as const;
  for (const [unit, list, index, threshold, refType] of streaks) {
    for (const run of consecutiveRuns(list ?? [], (s) => index(s.period), belowTarget(facts))) {
      if (run.length < threshold) continue;
      const cited = run.slice(0, threshold);
      const end = cited[cited.length - 1]!.period;
      out.push({
        ...base,
        key: `termination:${unit}:${c}:${end}`,
        kind: 'termination',
        rule: unit === 'quarters' ? 'satisfaction_quarters' : 'satisfaction_years',
        period: end,
        messageKey: `consequence.termination.${unit}`,
        params: {
          count: threshold,
          target: facts.satisfactionTarget,
          periods: cited.map((s) => s.period).join(', '),
        },
        facts: cited.map(satisfactionRef(refType)),
      });
    }
  }

  // R22: generally poor feedback.
  const poor = rules.poorFeedback;
  for (const f of poor ? (facts.feedback ?? []) : []) {
    if (f.responses < poor!.minResponses || toHundredths(f.poorRate) < toHundredths(poor!.minPoorRate))
      continue;
    out.push({
      ...base,
      key: `termination:feedback:${c}:${f.period}`,
      kind: 'termination',
      rule: 'poor_feedback',
      period: f.period,
      messageKey: 'consequence.termination.poor_feedback',
      params: { period: f.period, rate: f.poorRate, responses: f.responses },
      facts: [{ type: 'feedback', id: f.id, period: f.period, value: f.poorRate }],
    });
  }

  // R22: every contract goes back to tender at N years; an incumbent that loses the re-tender exits.
  out.push(...retenderProposals(facts, rules));
  return out;
}
