import { ValidationError } from '../errors.ts';
import type { Centipoints } from './points.ts';
import type { AssessmentLevel, InspectionKind, ScoreLevel } from './types.ts';

export interface ScoringRules {
  /** R12: relative weights of the levels (any scale; re-normalised over levels with data). Self defaults to 0. */
  weights: Readonly<Record<AssessmentLevel, number>> & { readonly self?: number };
  levelOfKind: Readonly<Record<InspectionKind, ScoreLevel>>;
  /** Most bonus points one level can gain in a month; null = no separate cap. */
  maxBonusPerLevel: Centipoints | null;
  /** Highest level score; null lets bonuses lift a level above 100. */
  ceiling: Centipoints | null;
  /** Levels that failed rectifications, complaints and bonuses count against when the input names none. */
  rectificationLevel: AssessmentLevel;
  complaintLevel: AssessmentLevel;
  bonusLevel: AssessmentLevel;
}

export const DEFAULT_SCORING_RULES: ScoringRules = Object.freeze({
  weights: Object.freeze({ daily: 0.5, monthly: 0.3, semiannual: 0.2, self: 0 }),
  levelOfKind: Object.freeze({
    patrol: 'daily',
    spot: 'daily',
    external: 'daily',
    joint: 'monthly',
    leadership: 'semiannual',
    self: 'self',
  }),
  maxBonusPerLevel: 500,
  ceiling: 10_000,
  // R12: the monthly joint inspection is where rectifications are checked.
  rectificationLevel: 'monthly',
  complaintLevel: 'daily',
  bonusLevel: 'monthly',
}) as ScoringRules;

/** Weights as integers (parts per million) so the composite is computed without float drift. */
export function weightParts(rules: ScoringRules): Record<ScoreLevel, number> {
  const w = rules.weights;
  const parts = {
    daily: Math.round(w.daily * 1e6),
    monthly: Math.round(w.monthly * 1e6),
    semiannual: Math.round(w.semiannual * 1e6),
    self: Math.round((w.self ?? 0) * 1e6),
  };
  const bad = Object.entries(parts).filter(([, v]) => !Number.isFinite(v) || v < 0);
  if (bad.length > 0) {
    throw new ValidationError(
      Object.fromEntries(bad.map(([k]) => [`weights.${k}`, ['validation.non_negative']])),
    );
  }
  return parts;
}

export function withScoringRules(overrides: Partial<ScoringRules> = {}): ScoringRules {
  const rules = { ...DEFAULT_SCORING_RULES, ...overrides };
  weightParts(rules);
  return rules;
}
