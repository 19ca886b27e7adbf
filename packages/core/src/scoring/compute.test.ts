import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { computeMonthlyAssessment } from './compute.ts';
import { FULL_MARKS } from './points.ts';
import { withScoringRules } from './rules.ts';
import type { InspectionInput, MonthlyAssessment, MonthlyAssessmentInput, ScoreLevel } from './types.ts';

const base = { contractId: 'c1', month: '2025-10' };
const conform = (id: string) => ({ id, result: 'conform' as const });
const fail = (id: string, deduction: number, label = `item ${id}`) => ({
  id,
  result: 'nonconform' as const,
  deduction,
  label,
});
const inspection = (
  id: string,
  kind: InspectionInput['kind'],
  items: InspectionInput['items'],
): InspectionInput => ({
  id,
  kind,
  items,
});

function scoreOf(a: MonthlyAssessment, level: ScoreLevel): number | 'no-data' {
  const s = level === 'self' ? a.self : a.levels[level];
  return s.status === 'scored' ? s.score : 'no-data';
}

/** 100 + Σ signed entries = the level's score: every point traces to a source. */
function expectLineageReconciles(a: MonthlyAssessment): void {
  for (const level of ['daily', 'monthly', 'semiannual', 'self'] as const) {
    const s = scoreOf(a, level);
    if (s === 'no-data') continue;
    const sum = a.entries.filter((e) => e.level === level).reduce((acc, e) => acc + e.sign * e.points, 0);
    expect(FULL_MARKS + sum, level).toBe(s);
  }
}

describe('R20: 100-point monthly assessment', () => {
  it('R20: a month with no activity is "no data", not 100 or 0', () => {
    const a = computeMonthlyAssessment({ ...base, inspections: [] });
    expect(a.levels.daily).toMatchObject({ status: 'no-data' });
    expect(a.levels.monthly).toMatchObject({ status: 'no-data' });
    expect(a.levels.semiannual).toMatchObject({ status: 'no-data' });
    expect(a.composite).toEqual({ status: 'no-data' });
    expect(a.entries).toEqual([]);
  });

  it('R20: each level starts at 100 and deductions subtract, in hundredths of a point', () => {
    const a = computeMonthlyAssessment({
      ...base,
      inspections: [inspection('p1', 'patrol', [fail('r1', 200), fail('r2', 50), conform('r3')])],
    });
    expect(a.levels.daily).toMatchObject({ status: 'scored', score: 9750, deductions: 250, bonuses: 0 });
    expect(a.levels.daily.counts).toEqual({ inspections: 1, conform: 1, nonconform: 2, na: 0 });
  });

  it('R20: N/A items drop out; an inspection where nothing applied is no data', () => {
    const a = computeMonthlyAssessment({
      ...base,
      inspections: [
        inspection('p1', 'patrol', [conform('r1'), { id: 'r2', result: 'na', deduction: 500 }]),
        inspection('j1', 'joint', [{ id: 'r3', result: 'na' }]),
      ],
    });
    expect(scoreOf(a, 'daily')).toBe(FULL_MARKS);
    expect(a.levels.monthly).toMatchObject({ status: 'no-data', counts: { inspections: 1, na: 1 } });
    expect(a.entries).toEqual([]);
  });

  it('R20: a level does not go below 0, and the floor is recorded in the lineage', () => {
    const a = computeMonthlyAssessment({
      ...base,
      inspections: [inspection('p1', 'patrol', [fail('r1', 6000), fail('r2', 6000)])],
    });
    expect(scoreOf(a, 'daily')).toBe(0);
    expect(a.entries.at(-1)).toMatchObject({
      sign: 1,
      points: 2000,
      source: { type: 'adjustment', id: 'floor_at_zero' },
    });
    expectLineageReconciles(a);
  });

  it('R20: bonuses add with reason and approver, at most +5 a month and never above 100 by default', () => {
    const bonus = (id: string, points: number) => ({
      id,
      points,
      reason: '经验被推广',
      approverId: 'leader-1',
    });
    const capped = computeMonthlyAssessment({
      ...base,
      inspections: [inspection('j1', 'joint', [fail('r1', 1000)])],
      bonuses: [bonus('b1', 500), bonus('b2', 300)],
    });
    expect(capped.levels.monthly).toMatchObject({ score: 9500, deductions: 1000, bonuses: 800 });
    expect(capped.entries.map((e) => [e.source.type, e.sign * e.points])).toEqual([
      ['item_result', -1000],
      ['bonus', 500],
      ['bonus', 300],
      ['adjustment', -300],
    ]);
    const ceiling = computeMonthlyAssessment({
      ...base,
      inspections: [inspection('j1', 'joint', [fail('r1', 300)])],
      bonuses: [bonus('b1', 400)],
    });
    expect(scoreOf(ceiling, 'monthly')).toBe(FULL_MARKS);
    expect(ceiling.entries.at(-1)?.source).toEqual({ type: 'adjustment', id: 'score_ceiling' });
    const open = withScoringRules({ ceiling: null, maxBonusPerLevel: null });
    const above = computeMonthlyAssessment(
      { ...base, inspections: [inspection('j1', 'joint', [conform('r1')])], bonuses: [bonus('b1', 800)] },
      open,
    );
    expect(scoreOf(above, 'monthly')).toBe(10_800);
    for (const a of [capped, ceiling, above]) expectLineageReconciles(a);
  });

  it('R17, R20: failed rectifications count at the monthly level, substantiated complaints at the daily one', () => {
    const a = computeMonthlyAssessment({
      ...base,
      inspections: [],
      failedRectifications: [{ id: 'rect-1', deduction: 300, reason: '地面积水未整改' }],
      complaints: [
        { id: 'cmp-1', deduction: 200, reason: '食堂饭菜变质' },
        { id: 'cmp-2', deduction: 100, level: 'semiannual' },
      ],
    });
    expect(scoreOf(a, 'monthly')).toBe(9700);
    expect(scoreOf(a, 'daily')).toBe(9800);
    expect(scoreOf(a, 'semiannual')).toBe(9900);
    expect(a.entries.map((e) => e.source)).toEqual([
      { type: 'complaint', id: 'cmp-1' },
      { type: 'rectification', id: 'rect-1' },
      { type: 'complaint', id: 'cmp-2' },
    ]);
  });

  it('rejects fractional or negative points and bonuses without reason or approver', () => {
    const bad: MonthlyAssessmentInput = {
      ...base,
      inspections: [inspection('p1', 'patrol', [fail('r1', 2.5)])],
      bonuses: [{ id: 'b1', points: -1, reason: ' ', approverId: '' }],
    };
    try {
      computeMonthlyAssessment(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual([
        'bonuses.0.approverId',
        'bonuses.0.points',
        'bonuses.0.reason',
        'inspections.0.items.0.deduction',
      ]);
    }
    expect(() => computeMonthlyAssessment({ ...base, month: '2025-13', inspections: [] })).toThrow(
      ValidationError,
    );
  });
});

describe('R12: three-level linkage', () => {
  const month = (extra: InspectionInput[] = []): MonthlyAssessmentInput => ({
    ...base,
    inspections: [
      inspection('p1', 'patrol', [fail('a', 600)]),
      inspection('s1', 'spot', [fail('b', 400)]),
      inspection('j1', 'joint', [fail('c', 2000)]),
      ...extra,
    ],
  });

  it('R12: patrols, spot checks and external inspections are level 1, joint level 2, leadership level 3', () => {
    const a = computeMonthlyAssessment(
      month([inspection('x1', 'external', [fail('d', 100)]), inspection('l1', 'leadership', [conform('e')])]),
    );
    expect(scoreOf(a, 'daily')).toBe(8900);
    expect(scoreOf(a, 'monthly')).toBe(8000);
    expect(scoreOf(a, 'semiannual')).toBe(FULL_MARKS);
  });

  it('R12: the composite weighs the levels 0.5 / 0.3 / 0.2', () => {
    const a = computeMonthlyAssessment(month([inspection('l1', 'leadership', [conform('e')])]));
    // 90 × 0.5 + 80 × 0.3 + 100 × 0.2 = 89
    expect(a.composite).toEqual({
      status: 'scored',
      score: 8900,
      weights: { daily: 500_000, monthly: 300_000, semiannual: 200_000 },
    });
  });

  it('R12, R20: a level without data drops out and the weights are re-normalised', () => {
    const a = computeMonthlyAssessment(month());
    // (90 × 0.5 + 80 × 0.3) / 0.8 = 86.25
    expect(a.composite).toEqual({
      status: 'scored',
      score: 8625,
      weights: { daily: 625_000, monthly: 375_000 },
    });
  });

  it('R6: self-inspections are reported apart and stay out of the composite unless weighted', () => {
    const input = month([inspection('v1', 'self', [fail('f', 5000)])]);
    const a = computeMonthlyAssessment(input);
    expect(scoreOf(a, 'self')).toBe(5000);
    expect(a.composite).toMatchObject({ score: 8625 });
    const weighted = computeMonthlyAssessment(
      input,
      withScoringRules({ weights: { daily: 0.5, monthly: 0.3, semiannual: 0.2, self: 0.2 } }),
    );
    // (45 + 24 + 10) / 1.0 = 79
    expect(weighted.composite).toMatchObject({ score: 7900 });
    const onlySelf = computeMonthlyAssessment({
      ...base,
      inspections: [inspection('v1', 'self', [conform('f')])],
    });
    expect(onlySelf.self).toMatchObject({ status: 'scored', score: FULL_MARKS });
    expect(onlySelf.composite).toEqual({ status: 'no-data' });
  });

  it('R20: deterministic — the same records in any order give the same result, without float drift', () => {
    const input = month([inspection('l1', 'leadership', [fail('g', 10), fail('h', 10), fail('i', 10)])]);
    const reversed: MonthlyAssessmentInput = {
      ...input,
      inspections: [...input.inspections].reverse().map((i) => ({ ...i, items: [...i.items].reverse() })),
    };
    const a = computeMonthlyAssessment(input);
    expect(computeMonthlyAssessment(reversed)).toEqual(a);
    expect(scoreOf(a, 'semiannual')).toBe(9970);
    const thirds = withScoringRules({ weights: { daily: 1 / 3, monthly: 1 / 3, semiannual: 1 / 3 } });
    const c = computeMonthlyAssessment(input, thirds).composite;
    // (9000 + 8000 + 9970) / 3 = 8990
    expect(c).toMatchObject({ score: 8990 });
    expectLineageReconciles(a);
  });

  it('rejects negative weights', () => {
    expect(() => withScoringRules({ weights: { daily: -1, monthly: 1, semiannual: 1 } })).toThrow(
      ValidationError,
    );
  });
});
