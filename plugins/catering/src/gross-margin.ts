import type { Calculation, CalculationResult, Localized } from '@steward/plugin-sdk';

export interface GrossMarginInput {
  /** canteen revenue for the period, integer fen */
  readonly revenueFen: number;
  /** cost of ingredients (原辅料) for the same period, integer fen */
  readonly ingredientCostFen: number;
  /** the contract's gross-margin cap, percent (0–100) */
  readonly capPercent: number;
}

function invalid(message: Localized): CalculationResult {
  return { value: 0, unit: '%', ok: false, message };
}

const fmt = (n: number): string => n.toFixed(2);

/**
 * Sales gross margin 毛利率 = (revenue − ingredient cost) ÷ revenue × 100, rounded to 0.01 %.
 * `ok` compares the exact ratio with the cap, so rounding never turns a breach into a pass.
 */
export function grossMargin({
  revenueFen,
  ingredientCostFen,
  capPercent,
}: GrossMarginInput): CalculationResult {
  if (!Number.isSafeInteger(revenueFen) || revenueFen <= 0) {
    return invalid({
      zh: '营业收入须为大于0的整数（单位：分）。',
      en: 'Revenue must be a whole number of fen greater than 0.',
    });
  }
  if (!Number.isSafeInteger(ingredientCostFen) || ingredientCostFen < 0) {
    return invalid({
      zh: '原辅料成本须为不小于0的整数（单位：分）。',
      en: 'Ingredient cost must be a whole number of fen, 0 or more.',
    });
  }
  if (!Number.isFinite(capPercent) || capPercent < 0 || capPercent > 100) {
    return invalid({
      zh: '合同毛利率上限须在0%～100%之间。',
      en: 'The contract gross-margin cap must be between 0 % and 100 %.',
    });
  }
  const marginFen = revenueFen - ingredientCostFen;
  const value = Math.round((marginFen * 10000) / revenueFen) / 100;
  const ok = marginFen * 100 <= capPercent * revenueFen;
  if (!ok) {
    const over = fmt(value - capPercent);
    return {
      value,
      unit: '%',
      ok,
      message: {
        zh: `毛利率${fmt(value)}%，超过合同上限${capPercent}%（超出${over}个百分点）。`,
        en: `Gross margin ${fmt(value)} % exceeds the contract cap of ${capPercent} % by ${over} percentage points.`,
      },
    };
  }
  if (marginFen < 0) {
    return {
      value,
      unit: '%',
      ok,
      message: {
        zh: `毛利率${fmt(value)}%，原辅料成本高于营业收入，请核实台账。`,
        en: `Gross margin ${fmt(value)} %: ingredient cost exceeds revenue; check the ledger.`,
      },
    };
  }
  return {
    value,
    unit: '%',
    ok,
    message: {
      zh: `毛利率${fmt(value)}%，未超过合同上限${capPercent}%。`,
      en: `Gross margin ${fmt(value)} %, within the contract cap of ${capPercent} %.`,
    },
  };
}

/** The plugin-facing form: inputs by code, money in integer fen. */
export const grossMarginCalculation: Calculation = {
  name: { zh: '毛利率核算', en: 'Gross margin check' },
  inputs: [
    { code: 'revenueFen', label: { zh: '营业收入', en: 'Revenue' }, unit: 'fen' },
    { code: 'ingredientCostFen', label: { zh: '原辅料成本', en: 'Ingredient cost' }, unit: 'fen' },
    { code: 'capPercent', label: { zh: '合同毛利率上限', en: 'Contract gross-margin cap' }, unit: '%' },
  ],
  compute: (inputs) =>
    grossMargin({
      revenueFen: inputs.revenueFen ?? Number.NaN,
      ingredientCostFen: inputs.ingredientCostFen ?? Number.NaN,
      capPercent: inputs.capPercent ?? Number.NaN,
    }),
};
