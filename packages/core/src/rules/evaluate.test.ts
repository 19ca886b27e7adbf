import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { formatMessage } from '../messages.ts';
import { bandFor } from './bands.ts';
import { DEFAULT_CONSEQUENCE_RULES as RULES, resolveConsequenceRules } from './defaults.ts';
import { evaluateConsequences } from './evaluate.ts';
import { formatFen } from './money.ts';
import type { ContractFacts, SatisfactionFact } from './types.ts';
import { earlyWarnings } from './warnings.ts';

const contract: ContractFacts = {
  contractId: 'c1',
  startDate: '2024-01-01',
  asOf: '2025-12-31',
  satisfactionTarget: 90,
  // keep the money rules quiet unless a test adds facts for them
};
const quarters = (...rates: number[]): SatisfactionFact[] =>
  rates.map((rate, i) => ({ id: `round-${i + 1}`, period: `2025-Q${i + 1}`, rate }));
const terminations = (facts: ContractFacts) =>
  evaluateConsequences(facts).filter((p) => p.kind === 'termination');

describe('R22: termination after 3 consecutive quarters below target', () => {
  it('R22: below target Q1, Q2 → no proposal, but an early warning', () => {
    const facts = { ...contract, quarterlySatisfaction: quarters(85, 88) };
    expect(terminations(facts)).toEqual([]);
    const [warning] = earlyWarnings(facts);
    expect(warning).toMatchObject({ rule: 'satisfaction_quarters', current: 2, threshold: 3 });
    expect(warning!.facts.map((f) => f.id)).toEqual(['round-1', 'round-2']);
    expect(formatMessage(warning!.messageKey, 'en', warning!.params)).toBe(
      '2 quarters below the 90% target — 3 in a row trigger a termination proposal',
    );
  });

  it('R22: below target Q1, Q2, Q3 → a termination proposal citing the three rounds', () => {
    const [proposal] = terminations({ ...contract, quarterlySatisfaction: quarters(85, 88, 89.99) });
    expect(proposal).toMatchObject({
      key: 'termination:quarters:c1:2025-Q3',
      rule: 'satisfaction_quarters',
      requirement: 'R22',
      facts: [
        { type: 'survey_round', id: 'round-1', period: '2025-Q1', value: 85 },
        { type: 'survey_round', id: 'round-2', period: '2025-Q2', value: 88 },
        { type: 'survey_round', id: 'round-3', period: '2025-Q3', value: 89.99 },
      ],
    });
  });

  it('R22: low, ok, low, low → no proposal (the streak restarted), warning at 2', () => {
    const facts = { ...contract, quarterlySatisfaction: quarters(80, 92, 80, 80) };
    expect(terminations(facts)).toEqual([]);
    expect(earlyWarnings(facts)).toMatchObject([
      { current: 2, facts: [{ id: 'round-3' }, { id: 'round-4' }] },
    ]);
  });

  it('R22: exactly on target is not below it; a quarter without a survey breaks the streak', () => {
    expect(terminations({ ...contract, quarterlySatisfaction: quarters(85, 90, 85) })).toEqual([]);
    const gap = [
      { id: 'a', period: '2024-Q3', rate: 80 },
      { id: 'b', period: '2024-Q4', rate: 80 },
      { id: 'c', period: '2025-Q2', rate: 80 },
    ];
    expect(terminations({ ...contract, quarterlySatisfaction: gap })).toEqual([]);
  });

  it('R22: a streak across the year end counts; one proposal per streak, in any input order', () => {
    const facts = {
      ...contract,
      quarterlySatisfaction: [
        { id: 'd', period: '2025-Q2', rate: 70 },
        { id: 'a', period: '2024-Q3', rate: 70 },
        { id: 'c', period: '2025-Q1', rate: 70 },
        { id: 'b', period: '2024-Q4', rate: 70 },
      ],
    };
    expect(terminations(facts).map((p) => p.key)).toEqual(['termination:quarters:c1:2025-Q1']);
    expect(earlyWarnings(facts)).toEqual([]);
  });

  it('R22: 2 consecutive years below target → proposal; 1 → warning', () => {
    const years = [
      { id: 'y24', period: '2024', rate: 88 },
      { id: 'y25', period: '2025', rate: 87 },
    ];
    expect(terminations({ ...contract, yearlySatisfaction: years })).toMatchObject([
      { key: 'termination:years:c1:2025', facts: [{ id: 'y24' }, { id: 'y25' }] },
    ]);
    expect(earlyWarnings({ ...contract, yearlySatisfaction: years.slice(1) })).toMatchObject([
      { rule: 'satisfaction_years', current: 1, threshold: 2 },
    ]);
  });

  it('R22: generally poor feedback → termination proposal, if enough people answered', () => {
    const feedback = [
      { id: 'f1', period: '2025-Q3', poorRate: 60, responses: 40 },
      { id: 'f2', period: '2025-Q4', poorRate: 80, responses: 5 },
    ];
    expect(terminations({ ...contract, feedback })).toMatchObject([
      {
        key: 'termination:feedback:c1:2025-Q3',
        rule: 'poor_feedback',
        facts: [{ type: 'feedback', id: 'f1' }],
      },
    ]);
  });

  it('a contract can override the tenant thresholds', () => {
    const rules = resolveConsequenceRules(RULES, { terminationQuarters: 2 });
    expect(
      evaluateConsequences({ ...contract, quarterlySatisfaction: quarters(85, 88) }, rules),
    ).toMatchObject([{ kind: 'termination', key: 'termination:quarters:c1:2025-Q2' }]);
  });
});

describe('R22: exit warning after a rectification failed twice', () => {
  const chain = (...outcomes: ('fixed' | 'partly_fixed' | 'not_fixed' | 'pending')[]) => ({
    id: 'finding-7',
    notices: outcomes.map((outcome, i) => ({ id: `notice-${i + 1}`, outcome })),
  });

  it('R22: failed, then failed again → written exit warning citing both notices', () => {
    expect(evaluateConsequences({ ...contract, rectifications: [chain('not_fixed', 'not_fixed')] })).toEqual([
      {
        key: 'exit_warning:c1:finding-7',
        kind: 'exit_warning',
        rule: 'rectification_failed',
        requirement: 'R22',
        contractId: 'c1',
        messageKey: 'consequence.exit_warning',
        params: { failures: 2 },
        facts: [
          { type: 'rectification_notice', id: 'notice-1', value: 'not_fixed' },
          { type: 'rectification_notice', id: 'notice-2', value: 'not_fixed' },
        ],
      },
    ]);
  });

  it('R22: one failure → no proposal, an early warning; partly fixed counts only if configured', () => {
    const facts = { ...contract, rectifications: [chain('not_fixed', 'pending')] };
    expect(evaluateConsequences(facts)).toEqual([]);
    expect(earlyWarnings(facts)).toMatchObject([{ rule: 'rectification_failed', current: 1, threshold: 2 }]);
    const partly = { ...contract, rectifications: [chain('not_fixed', 'partly_fixed')] };
    expect(evaluateConsequences(partly)).toEqual([]);
    expect(evaluateConsequences(partly, { ...RULES, partlyFixedCountsAsFailure: true })).toHaveLength(1);
  });
});

describe('R22: re-tender at 3 years', () => {
  it('R22: warned within six months, proposed on the third anniversary', () => {
    const young = { ...contract, startDate: '2023-01-01', asOf: '2022-12-31' };
    expect(earlyWarnings({ ...young, asOf: '2025-06-30' })).toEqual([]);
    expect(earlyWarnings({ ...young, asOf: '2025-07-01' })).toMatchObject([
      { rule: 'contract_age', params: { date: '2026-01-01' } },
    ]);
    expect(evaluateConsequences({ ...young, asOf: '2025-12-31' })).toEqual([]);
    expect(evaluateConsequences({ ...young, asOf: '2026-01-01' })).toMatchObject([
      { kind: 'retender', key: 'retender:c1:2026-01-01', facts: [{ type: 'contract', id: 'c1' }] },
    ]);
  });
});

describe('R21, R20, R19: money', () => {
  it('R21: satisfaction tiers cover 0–100 inclusive: exactly 100 has a tier, a boundary belongs to the upper tier', () => {
    const tiers = RULES.satisfactionTiers;
    expect(bandFor(tiers, 100).name).toBe('非常满意');
    expect(bandFor(tiers, 0).name).toBe('不满意');
    expect(bandFor(tiers, 95).name).toBe('满意');
    expect(bandFor(tiers, 94.99).name).toBe('基本满意');
  });

  it('R21: the tier sets the quarter reward, in integer fen', () => {
    const proposals = evaluateConsequences({ ...contract, quarterlySatisfaction: quarters(100, 96.5, 70) });
    expect(proposals.map((p) => [p.key, p.kind, p.amountFen])).toEqual([
      ['satisfaction:c1:2025-Q1', 'reward', 2_000_000],
      ['satisfaction:c1:2025-Q2', 'reward', 1_000_000],
    ]);
    expect(formatMessage(proposals[0]!.messageKey, 'zh-CN', proposals[0]!.params)).toBe(
      '2025-Q1满意率100%（非常满意），奖励20,000.00元',
    );
  });

  it('R20, R19: monthly score bands reward or deduct from the deposit; a month without data costs nothing', () => {
    const proposals = evaluateConsequences({
      ...contract,
      monthlyScores: [
        { id: 'a10', month: '2025-10', score: 9500 },
        { id: 'a11', month: '2025-11', score: 8499 },
        { id: 'a12', month: '2025-12', score: null },
        { id: 'a09', month: '2025-09', score: 10_800 },
      ],
    });
    expect(proposals.map((p) => [p.period, p.kind, p.requirement, p.amountFen, p.facts[0]!.id])).toEqual([
      ['2025-09', 'reward', 'R20', 200_000, 'a09'],
      ['2025-10', 'reward', 'R20', 200_000, 'a10'],
      ['2025-11', 'deposit_deduction', 'R19', 200_000, 'a11'],
    ]);
  });

  it('R19: deductions stop at the deposit balance, oldest first, and say what was asked for', () => {
    const proposals = evaluateConsequences({
      ...contract,
      depositBalanceFen: 500_000,
      monthlyScores: [
        { id: 'a2', month: '2025-02', score: 7000 },
        { id: 'a1', month: '2025-01', score: 5000 },
      ],
    });
    expect(proposals.map((p) => [p.period, p.amountFen, p.requestedFen])).toEqual([
      ['2025-01', 500_000, 1_000_000],
      ['2025-02', 0, 200_000],
    ]);
  });

  it('rejects bands with a gap at 0, out of order or with fractional fen', () => {
    const bad = (satisfactionTiers: { from: number; name: string; amountFen: number }[]) => () =>
      resolveConsequenceRules(RULES, { satisfactionTiers });
    expect(bad([{ from: 10, name: 'x', amountFen: 0 }])).toThrow(ValidationError);
    expect(
      bad([
        { from: 0, name: 'x', amountFen: 0 },
        { from: 0, name: 'y', amountFen: 0 },
      ]),
    ).toThrow(ValidationError);
    expect(bad([{ from: 0, name: 'x', amountFen: 0.5 }])).toThrow(ValidationError);
    expect(() => resolveConsequenceRules(RULES, { terminationQuarters: 0 })).toThrow(ValidationError);
  });

  it('formats fen as yuan', () => {
    expect(formatFen(123_456_789)).toBe('1,234,567.89');
    expect(formatFen(-5)).toBe('-0.05');
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});
