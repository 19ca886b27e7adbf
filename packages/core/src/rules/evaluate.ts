import { DEFAULT_CONSEQUENCE_RULES, validateConsequenceRules } from './defaults.ts';
import { exitProposals } from './exit-rules.ts';
import { moneyProposals } from './money-facts.ts';
import type { ConsequenceProposal, ConsequenceRules, ContractFacts } from './types.ts';

/**
 * Issue 7: the consequences one contract's facts call for, as proposals (a person decides). Each cites the
 * facts behind it; keys are deterministic, so a re-run proposes nothing new for what is already stored.
 */
export function evaluateConsequences(
  facts: ContractFacts,
  rules: ConsequenceRules = DEFAULT_CONSEQUENCE_RULES,
): ConsequenceProposal[] {
  validateConsequenceRules(rules);
  return [...moneyProposals(facts, rules), ...exitProposals(facts, rules)];
}
