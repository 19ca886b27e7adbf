import type { Centipoints } from './points.ts';

export type InspectionKind = 'patrol' | 'joint' | 'leadership' | 'spot' | 'self' | 'external';
export type AssessmentLevel = 'daily' | 'monthly' | 'semiannual';
/** The three levels of R12 plus the vendor's own self-inspection, scored apart. */
export type ScoreLevel = AssessmentLevel | 'self';

export const ASSESSMENT_LEVELS: readonly AssessmentLevel[] = ['daily', 'monthly', 'semiannual'];
export const SCORE_LEVELS: readonly ScoreLevel[] = ['daily', 'monthly', 'semiannual', 'self'];
/** R12: level numbers as the source counts them. */
export const LEVEL_NUMBER: Readonly<Record<AssessmentLevel, 1 | 2 | 3>> = {
  daily: 1,
  monthly: 2,
  semiannual: 3,
};

export type ItemOutcome = 'conform' | 'nonconform' | 'na';

export interface ItemResultInput {
  id: string;
  itemId?: string;
  /** Item title as shown to users; used in explanations. */
  label?: string;
  result: ItemOutcome;
  /** Centipoints deducted, for a nonconformity (0 allowed: a finding without deduction). */
  deduction?: Centipoints;
  severity?: 'general' | 'major';
}

export interface InspectionInput {
  id: string;
  kind: InspectionKind;
  items: readonly ItemResultInput[];
}

/** A rectification verified as not fixed, or a substantiated complaint. */
export interface DeductionInput {
  id: string;
  deduction: Centipoints;
  reason?: string;
  /** Which level it counts against (default from the rules). */
  level?: AssessmentLevel;
}

export interface BonusInput {
  id: string;
  points: Centipoints;
  reason: string;
  approverId: string;
  level?: AssessmentLevel;
}

export interface MonthlyAssessmentInput {
  contractId: string;
  /** 'YYYY-MM'. */
  month: string;
  inspections: readonly InspectionInput[];
  failedRectifications?: readonly DeductionInput[];
  complaints?: readonly DeductionInput[];
  bonuses?: readonly BonusInput[];
}

export type ScoreSource =
  | { type: 'item_result'; id: string; inspectionId: string; inspectionKind: InspectionKind; itemId?: string }
  | { type: 'rectification'; id: string }
  | { type: 'complaint'; id: string }
  | { type: 'bonus'; id: string; approverId: string }
  | { type: 'adjustment'; id: AdjustmentRule };

/** Clipping applied after the raw entries, recorded so that 100 + Σ entries = the level's score. */
export type AdjustmentRule = 'floor_at_zero' | 'bonus_cap' | 'score_ceiling';

export interface ScoreEntry {
  level: ScoreLevel;
  sign: 1 | -1;
  /** Magnitude in centipoints (> 0). */
  points: Centipoints;
  source: ScoreSource;
  /** Human-readable reason as entered (item title, note, bonus reason); may be empty for adjustments. */
  reason: string;
  severity?: 'general' | 'major';
}

export interface LevelCounts {
  inspections: number;
  conform: number;
  nonconform: number;
  na: number;
}

export type LevelScore =
  | { status: 'no-data'; level: ScoreLevel; counts: LevelCounts }
  | {
      status: 'scored';
      level: ScoreLevel;
      score: Centipoints;
      deductions: Centipoints;
      bonuses: Centipoints;
      counts: LevelCounts;
    };

export type CompositeScore =
  | { status: 'no-data' }
  | {
      status: 'scored';
      score: Centipoints;
      /** The weights actually applied, re-normalised over levels with data (parts per million, sum 1e6). */
      weights: Partial<Record<ScoreLevel, number>>;
    };

export interface MonthlyAssessment {
  contractId: string;
  month: string;
  levels: Readonly<Record<AssessmentLevel, LevelScore>>;
  /** R6: the vendor's self-inspection, reported apart; in the composite only if its weight is set. */
  self: LevelScore;
  composite: CompositeScore;
  /** Every point with its source, sorted: the score lineage. */
  entries: readonly ScoreEntry[];
}
