import { addMonths, compareDates } from '../calendar/dates.ts';
import { DEFAULT_CONSEQUENCE_RULES, validateConsequenceRules } from './defaults.ts';
import { belowTarget, failedNotices, satisfactionRef } from './exit-rules.ts';
import { consecutiveRuns, quarterIndex, yearIndex } from './periods.ts';
import { monthsUntil, retenderState } from './retender.ts';
import type { ConsequenceRules, ContractFacts, EarlyWarning, SatisfactionFact } from './types.ts';

/** The run of below-target periods that ends at the latest period on record (empty if that one was fine). */
function trailingRun(list: readonly SatisfactionFact[], index: (p: string) => number, facts: ContractFacts) {
  if (list.length === 0) return [];
  const latest = Math.max(...list.map((s) => index(s.period)));
  const last = consecutiveRuns(list, (s) => index(s.period), belowTarget(facts)).at(-1) ?? [];
  return last.length > 0 && index(last.at(-1)!.period) === latest ? last : [];
}

/**
 * Issue 7: warnings one step before a rule fires — "2 quarters below target — a third triggers a termination
 * proposal" — so the people concerned see it coming.
 */
export function earlyWarnings(
  facts: ContractFacts,
  rules: ConsequenceRules = DEFAULT_CONSEQUENCE_RULES,
): EarlyWarning[] {
  validateConsequenceRules(rules);
  const c = facts.contractId;
  const out: EarlyWarning[] = [];

  const streaks = [
    ['quarters', facts.quarterlySatisfaction, quarterIndex, rules.terminationQuarters, 'survey_round'],
    ['years', facts.yearlySatisfaction, yearIndex, rules.terminationYears, 'yearly_satisfaction'],
  ] as const;
  for (const [unit, list, index, threshold, refType] of streaks) {
    const run = trailingRun(list ?? [], index, facts);
    if (run.length === 0 || run.length !== threshold - 1) continue;
    out.push({
      key: `warning:termination:${unit}:${c}:${run.at(-1)!.period}`,
      rule: unit === 'quarters' ? 'satisfaction_quarters' : 'satisfaction_years',
      contractId: c,
      current: run.length,
      threshold,
      messageKey: `warning.termination.${unit}`,
      params: { current: run.length, threshold, target: facts.satisfactionTarget },
      facts: run.map(satisfactionRef(refType)),
    });
  }

  // Only an open chain can still fail again: once its last round was verified fixed, there is nothing to warn of.
  for (const chain of facts.rectifications ?? []) {
    if (chain.notices.at(-1)?.outcome === 'fixed') continue;
    const failed = failedNotices(chain, rules);
    if (failed.length === 0 || failed.length !== rules.exitWarningAfterFailures - 1) continue;
    out.push({
      key: `warning:exit_warning:${c}:${chain.id}`,
      rule: 'rectification_failed',
      contractId: c,
      current: failed.length,
      threshold: rules.exitWarningAfterFailures,
      messageKey: 'warning.exit_warning',
      params: { current: failed.length, threshold: rules.exitWarningAfterFailures },
      facts: failed.map((n) => ({ type: 'rectification_notice', id: n.id, value: n.outcome })),
    });
  }

  // The next re-tender date not yet satisfied by a re-tender the incumbent won ("due in N months").
  const due = retenderState(facts, rules).next;
  if (due && compareDates(facts.asOf, addMonths(due, -rules.retenderWarningMonths)) >= 0) {
    out.push({
      key: `warning:retender:${c}:${due}`,
      rule: 'contract_age',
      contractId: c,
      current: rules.retenderAfterYears,
      threshold: rules.retenderAfterYears,
      messageKey: 'warning.retender',
      params: { date: due, years: rules.retenderAfterYears, months: monthsUntil(facts.asOf, due) },
      facts: [{ type: 'contract', id: c, value: facts.startDate }],
    });
  }
  return out;
}
