import { ValidationError } from '../errors.ts';
import type { ScoringRules } from './rules.ts';

/** The three levels' weights and the self-inspection's, in parts per million (R12). */
export interface LevelWeightsPpm {
  daily: number;
  monthly: number;
  semiannual: number;
  self: number;
}

export const WEIGHT_PPM_TOTAL = 1_000_000;

/** The tenant default (daily 50 %, monthly 30 %, semi-annual 20 %, self-inspection 0 %). */
export const DEFAULT_LEVEL_WEIGHTS_PPM: Readonly<LevelWeightsPpm> = Object.freeze({
  daily: 500_000,
  monthly: 300_000,
  semiannual: 200_000,
  self: 0,
});

const LEVELS = ['daily', 'monthly', 'semiannual', 'self'] as const;

/**
 * Weights a contract or a tenant may set: non-negative integers summing to exactly 100 %. Throws a
 * ValidationError naming each bad field, or `weights` with the actual sum.
 */
export function assertLevelWeights(weights: LevelWeightsPpm, field = 'weights'): LevelWeightsPpm {
  const errors: Record<string, string[]> = {};
  for (const level of LEVELS) {
    const v = weights[level];
    if (!Number.isInteger(v) || v < 0 || v > WEIGHT_PPM_TOTAL)
      errors[`${field}.${level}`] = ['weights.level_out_of_range'];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const sum = LEVELS.reduce((s, l) => s + weights[l], 0);
  if (sum !== WEIGHT_PPM_TOTAL) {
    const percent = (sum / 10_000).toFixed(2).replace(/\.?0+$/, '');
    throw new ValidationError({ [field]: ['weights.sum_not_100'] }, 'weights.sum_not_100', { percent });
  }
  return weights;
}

/** The weights as the scoring rules take them (fractions of one). */
export function scoringWeightsOf(weights: LevelWeightsPpm): ScoringRules['weights'] {
  return {
    daily: weights.daily / WEIGHT_PPM_TOTAL,
    monthly: weights.monthly / WEIGHT_PPM_TOTAL,
    semiannual: weights.semiannual / WEIGHT_PPM_TOTAL,
    self: weights.self / WEIGHT_PPM_TOTAL,
  };
}
