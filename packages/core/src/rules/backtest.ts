import { evaluateConsequences } from './evaluate.ts';
import type { ConsequenceProposal, ConsequenceRules, ContractFacts } from './types.ts';

export interface ConsequenceTotals {
  rewardFen: number;
  deductionFen: number;
  exitWarnings: number;
  terminations: number;
  retenders: number;
  exits: number;
}

export interface BacktestDifference {
  key: string;
  change: 'added' | 'removed' | 'changed';
  before?: ConsequenceProposal;
  after?: ConsequenceProposal;
}

export interface BacktestResult {
  before: ConsequenceProposal[];
  after: ConsequenceProposal[];
  differences: BacktestDifference[];
  totals: { before: ConsequenceTotals; after: ConsequenceTotals };
}

export function consequenceTotals(proposals: readonly ConsequenceProposal[]): ConsequenceTotals {
  const t: ConsequenceTotals = {
    rewardFen: 0,
    deductionFen: 0,
    exitWarnings: 0,
    terminations: 0,
    retenders: 0,
    exits: 0,
  };
  for (const p of proposals) {
    if (p.kind === 'reward') t.rewardFen += p.amountFen ?? 0;
    else if (p.kind === 'deposit_deduction') t.deductionFen += p.amountFen ?? 0;
    else if (p.kind === 'exit_warning') t.exitWarnings++;
    else if (p.kind === 'termination') t.terminations++;
    else if (p.kind === 'exit') t.exits++;
    else t.retenders++;
  }
  return t;
}

const same = (a: ConsequenceProposal, b: ConsequenceProposal) =>
  a.kind === b.kind &&
  a.rule === b.rule &&
  a.amountFen === b.amountFen &&
  JSON.stringify(a.facts) === JSON.stringify(b.facts);

/**
 * Issue 7, peer pain point 5: what the current and a changed rule set would each have produced over past
 * facts, and the difference, before the change is adopted.
 */
export function backtest(
  history: readonly ContractFacts[],
  oldRules: ConsequenceRules,
  newRules: ConsequenceRules,
): BacktestResult {
  const before = history.flatMap((f) => evaluateConsequences(f, oldRules));
  const after = history.flatMap((f) => evaluateConsequences(f, newRules));
  const byKey = (list: ConsequenceProposal[]) => new Map(list.map((p) => [p.key, p]));
  const b = byKey(before);
  const a = byKey(after);
  const keys = [...new Set([...b.keys(), ...a.keys()])].sort();
  const differences: BacktestDifference[] = [];
  for (const key of keys) {
    const x = b.get(key);
    const y = a.get(key);
    if (x && !y) differences.push({ key, change: 'removed', before: x });
    else if (!x && y) differences.push({ key, change: 'added', after: y });
    else if (x && y && !same(x, y)) differences.push({ key, change: 'changed', before: x, after: y });
  }
  return {
    before,
    after,
    differences,
    totals: { before: consequenceTotals(before), after: consequenceTotals(after) },
  };
}
