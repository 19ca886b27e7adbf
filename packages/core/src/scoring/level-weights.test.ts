import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { assertLevelWeights, DEFAULT_LEVEL_WEIGHTS_PPM, scoringWeightsOf } from './level-weights.ts';
import { DEFAULT_SCORING_RULES } from './rules.ts';

describe('level weights (R12: the three levels carry different weights)', () => {
  it('accepts the default, which matches the scoring rules’ default', () => {
    expect(assertLevelWeights({ ...DEFAULT_LEVEL_WEIGHTS_PPM })).toEqual(DEFAULT_LEVEL_WEIGHTS_PPM);
    expect(scoringWeightsOf(DEFAULT_LEVEL_WEIGHTS_PPM)).toEqual(DEFAULT_SCORING_RULES.weights);
  });
  it('refuses weights that do not sum to 100 %, naming the sum', () => {
    try {
      assertLevelWeights({ daily: 500_000, monthly: 300_000, semiannual: 150_000, self: 0 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const err = e as ValidationError;
      expect(err.fieldErrors).toEqual({ weights: ['weights.sum_not_100'] });
      expect(err.params).toEqual({ percent: '95' });
    }
  });
  it('refuses negative or fractional parts per field', () => {
    expect(() =>
      assertLevelWeights({ daily: 1_100_000, monthly: -100_000, semiannual: 0.5, self: 0 }),
    ).toThrowError(ValidationError);
    try {
      assertLevelWeights({ daily: 1_100_000, monthly: -100_000, semiannual: 0.5, self: 0 });
    } catch (e) {
      expect(Object.keys((e as ValidationError).fieldErrors).sort()).toEqual([
        'weights.daily',
        'weights.monthly',
        'weights.semiannual',
      ]);
    }
  });
});
