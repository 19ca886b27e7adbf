import { describe, expect, it } from 'vitest';
import { grossMargin, grossMarginCalculation } from './gross-margin.ts';

describe('grossMargin (R7 price check)', () => {
  it('computes the sales gross margin and passes within the cap', () => {
    const r = grossMargin({ revenueFen: 1_000_000, ingredientCostFen: 700_000, capPercent: 35 });
    expect(r).toMatchObject({ value: 30, unit: '%', ok: true });
    expect(r.message?.zh).toContain('未超过合同上限35%');
    expect(r.message?.en).toContain('within the contract cap of 35 %');
  });

  it('passes exactly at the cap', () => {
    expect(grossMargin({ revenueFen: 200_000, ingredientCostFen: 130_000, capPercent: 35 }).ok).toBe(true);
  });

  it('fails above the cap and says by how much', () => {
    const r = grossMargin({ revenueFen: 1_000_000, ingredientCostFen: 618_000, capPercent: 35 });
    expect(r).toMatchObject({ value: 38.2, ok: false });
    expect(r.message?.zh).toContain('超出3.20个百分点');
    expect(r.message?.en).toContain('by 3.20 percentage points');
  });

  it('never lets rounding turn a breach into a pass', () => {
    // 35.004 % rounds to 35.00 % but is still above a 35 % cap
    const r = grossMargin({ revenueFen: 100_000, ingredientCostFen: 64_996, capPercent: 35 });
    expect(r.value).toBe(35);
    expect(r.ok).toBe(false);
  });

  it('rounds to 0.01 %', () => {
    expect(grossMargin({ revenueFen: 300, ingredientCostFen: 200, capPercent: 50 }).value).toBe(33.33);
  });

  it('flags a negative margin but keeps it within the cap', () => {
    const r = grossMargin({ revenueFen: 100_000, ingredientCostFen: 120_000, capPercent: 30 });
    expect(r).toMatchObject({ value: -20, ok: true });
    expect(r.message?.en).toContain('ingredient cost exceeds revenue');
  });

  it.each([
    [{ revenueFen: 0, ingredientCostFen: 0, capPercent: 30 }, 'Revenue'],
    [{ revenueFen: 100.5, ingredientCostFen: 0, capPercent: 30 }, 'Revenue'],
    [{ revenueFen: 100, ingredientCostFen: -1, capPercent: 30 }, 'Ingredient cost'],
    [{ revenueFen: 100, ingredientCostFen: 50, capPercent: 120 }, 'cap'],
    [{ revenueFen: 100, ingredientCostFen: 50, capPercent: Number.NaN }, 'cap'],
  ])('rejects invalid input %o', (input, word) => {
    const r = grossMargin(input);
    expect(r.ok).toBe(false);
    expect(r.message?.en).toContain(word);
    expect(r.message?.zh).not.toBe('');
  });

  it('is exposed as a plugin calculation with inputs by code', () => {
    expect(grossMarginCalculation.inputs.map((i) => i.code)).toEqual([
      'revenueFen',
      'ingredientCostFen',
      'capPercent',
    ]);
    const r = grossMarginCalculation.compute({
      revenueFen: 500_000,
      ingredientCostFen: 350_000,
      capPercent: 30,
    });
    expect(r).toMatchObject({ value: 30, ok: true });
    expect(grossMarginCalculation.compute({ revenueFen: 500_000 }).ok).toBe(false);
  });
});
