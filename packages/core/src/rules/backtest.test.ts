import { describe, expect, it } from 'vitest';
import { backtest } from './backtest.ts';
import { DEFAULT_CONSEQUENCE_RULES as OLD, resolveConsequenceRules } from './defaults.ts';
import type { ContractFacts } from './types.ts';

const history: ContractFacts[] = [
  {
    contractId: 'c1',
    startDate: '2024-03-01',
    asOf: '2025-12-31',
    satisfactionTarget: 90,
    quarterlySatisfaction: [
      { id: 'r1', period: '2025-Q1', rate: 88 },
      { id: 'r2', period: '2025-Q2', rate: 89 },
      { id: 'r3', period: '2025-Q3', rate: 96 },
    ],
    monthlyScores: [{ id: 'm1', month: '2025-09', score: 9600 }],
  },
  {
    contractId: 'c2',
    startDate: '2022-06-01',
    asOf: '2025-12-31',
    satisfactionTarget: 95,
    quarterlySatisfaction: [{ id: 'r9', period: '2025-Q3', rate: 99 }],
  },
];

describe('issue 7: back-testing a rule change on past facts', () => {
  it('reports what each rule set would have produced, and the difference', () => {
    const newRules = resolveConsequenceRules(OLD, {
      terminationQuarters: 2,
      satisfactionTiers: [
        { from: 0, name: '不满意', amountFen: 0 },
        { from: 95, name: '满意', amountFen: 1_500_000 },
      ],
    });
    const result = backtest(history, OLD, newRules);
    expect(result.differences.map((d) => [d.key, d.change, d.before?.amountFen, d.after?.amountFen])).toEqual(
      [
        ['satisfaction:c1:2025-Q3', 'changed', 1_000_000, 1_500_000],
        ['satisfaction:c2:2025-Q3', 'changed', 2_000_000, 1_500_000],
        ['termination:quarters:c1:2025-Q2', 'added', undefined, undefined],
      ],
    );
    expect(result.totals.before).toEqual({
      rewardFen: 1_000_000 + 200_000 + 2_000_000,
      deductionFen: 0,
      exitWarnings: 0,
      terminations: 0,
      retenders: 1,
      exits: 0,
    });
    expect(result.totals.after).toMatchObject({
      rewardFen: 1_500_000 + 200_000 + 1_500_000,
      terminations: 1,
    });
  });

  it('the same rules give no difference', () => {
    const result = backtest(history, OLD, OLD);
    expect(result.differences).toEqual([]);
    expect(result.after).toEqual(result.before);
  });
});
