import { ValidationError } from '../errors.ts';
import { validateBands } from './bands.ts';
import type { ConsequenceRules } from './types.ts';

/** A starting point for a tenant; every figure is a setting (amounts in fen). */
export const DEFAULT_CONSEQUENCE_RULES: ConsequenceRules = Object.freeze({
  satisfactionTiers: [
    { from: 0, name: '不满意', amountFen: 0 },
    { from: 90, name: '基本满意', amountFen: 500_000 },
    { from: 95, name: '满意', amountFen: 1_000_000 },
    { from: 98, name: '非常满意', amountFen: 2_000_000 },
  ],
  scoreBands: [
    { from: 0, name: '不合格', amountFen: -1_000_000 },
    { from: 70, name: '基本合格', amountFen: -200_000 },
    { from: 85, name: '合格', amountFen: 0 },
    { from: 95, name: '优秀', amountFen: 200_000 },
  ],
  capDeductionsAtDeposit: true,
  exitWarningAfterFailures: 2,
  partlyFixedCountsAsFailure: false,
  terminationQuarters: 3,
  terminationYears: 2,
  poorFeedback: { minPoorRate: 50, minResponses: 20 },
  retenderAfterYears: 3,
  retenderWarningMonths: 6,
}) as ConsequenceRules;

const POSITIVE = [
  'exitWarningAfterFailures',
  'terminationQuarters',
  'terminationYears',
  'retenderAfterYears',
] as const;

export function validateConsequenceRules(rules: ConsequenceRules): ConsequenceRules {
  validateBands(rules.satisfactionTiers, 'satisfactionTiers');
  validateBands(rules.scoreBands, 'scoreBands');
  const errors: Record<string, string[]> = {};
  for (const key of POSITIVE) {
    if (!Number.isInteger(rules[key]) || rules[key] < 1) errors[key] = ['validation.positive_integer'];
  }
  if (!Number.isInteger(rules.retenderWarningMonths) || rules.retenderWarningMonths < 0) {
    errors.retenderWarningMonths = ['validation.non_negative_integer'];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return rules;
}

/** Tenant rules with a contract's overrides on top (R22's thresholds are per contract in practice). */
export function resolveConsequenceRules(
  tenant: ConsequenceRules = DEFAULT_CONSEQUENCE_RULES,
  contract: Partial<ConsequenceRules> = {},
): ConsequenceRules {
  return validateConsequenceRules({ ...tenant, ...contract });
}
