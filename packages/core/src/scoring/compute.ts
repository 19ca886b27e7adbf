import { FULL_MARKS, roundDiv } from './points.ts';
import { DEFAULT_SCORING_RULES, type ScoringRules, weightParts } from './rules.ts';
import {
  ASSESSMENT_LEVELS,
  type CompositeScore,
  type LevelCounts,
  type LevelScore,
  type MonthlyAssessment,
  type MonthlyAssessmentInput,
  SCORE_LEVELS,
  type ScoreEntry,
  type ScoreLevel,
} from './types.ts';
import { validateAssessmentInput } from './validate.ts';

const SOURCE_ORDER = { item_result: 0, rectification: 1, complaint: 2, bonus: 3, adjustment: 4 } as const;

function compareEntries(a: ScoreEntry, b: ScoreEntry): number {
  return (
    SCORE_LEVELS.indexOf(a.level) - SCORE_LEVELS.indexOf(b.level) ||
    SOURCE_ORDER[a.source.type] - SOURCE_ORDER[b.source.type] ||
    (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0) ||
    b.points - a.points
  );
}

function scoreLevel(
  level: ScoreLevel,
  raw: ScoreEntry[],
  counts: LevelCounts,
  active: boolean,
  rules: ScoringRules,
): { score: LevelScore; adjustments: ScoreEntry[] } {
  if (!active) return { score: { status: 'no-data', level, counts }, adjustments: [] };
  const adjustments: ScoreEntry[] = [];
  const adjust = (id: 'floor_at_zero' | 'bonus_cap' | 'score_ceiling', delta: number) => {
    if (delta !== 0) {
      adjustments.push({
        level,
        sign: delta > 0 ? 1 : -1,
        points: Math.abs(delta),
        source: { type: 'adjustment', id },
        reason: '',
      });
    }
  };
  const deductions = raw.filter((e) => e.sign < 0).reduce((s, e) => s + e.points, 0);
  const bonuses = raw.filter((e) => e.sign > 0).reduce((s, e) => s + e.points, 0);
  // R20: start at 100, deductions floor at 0, then bonuses (capped), then the ceiling.
  let score = FULL_MARKS - deductions;
  if (score < 0) {
    adjust('floor_at_zero', -score);
    score = 0;
  }
  const bonusAllowed = rules.maxBonusPerLevel === null ? bonuses : Math.min(bonuses, rules.maxBonusPerLevel);
  adjust('bonus_cap', bonusAllowed - bonuses);
  score += bonusAllowed;
  if (rules.ceiling !== null && score > rules.ceiling) {
    adjust('score_ceiling', rules.ceiling - score);
    score = rules.ceiling;
  }
  return { score: { status: 'scored', level, score, deductions, bonuses, counts }, adjustments };
}

function composite(levels: Record<ScoreLevel, LevelScore>, rules: ScoringRules): CompositeScore {
  const parts = weightParts(rules);
  const used = SCORE_LEVELS.filter((l) => levels[l].status === 'scored' && parts[l] > 0);
  const total = used.reduce((s, l) => s + parts[l], 0);
  if (total === 0) return { status: 'no-data' };
  let weighted = 0;
  const weights: Partial<Record<ScoreLevel, number>> = {};
  for (const l of used) {
    const level = levels[l];
    if (level.status === 'scored') weighted += level.score * parts[l];
    weights[l] = roundDiv(parts[l] * 1e6, total);
  }
  return { status: 'scored', score: roundDiv(weighted, total), weights };
}

/**
 * R20, R12: the 100-point monthly assessment of one contract. Deterministic: the same input (in any order)
 * gives the same result, in integer centipoints, with every point traced to its source.
 */
export function computeMonthlyAssessment(
  input: MonthlyAssessmentInput,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): MonthlyAssessment {
  validateAssessmentInput(input);
  const raw: ScoreEntry[] = [];
  const counts = Object.fromEntries(
    SCORE_LEVELS.map((l) => [l, { inspections: 0, conform: 0, nonconform: 0, na: 0 }]),
  ) as Record<ScoreLevel, LevelCounts>;
  const active = new Set<ScoreLevel>();

  for (const inspection of input.inspections) {
    const level = rules.levelOfKind[inspection.kind];
    counts[level].inspections++;
    for (const item of inspection.items) {
      counts[level][item.result]++;
      // N/A items drop out: they neither score nor make a level count as active.
      if (item.result === 'na') continue;
      active.add(level);
      const points = item.result === 'nonconform' ? (item.deduction ?? 0) : 0;
      if (points === 0) continue;
      const source = {
        type: 'item_result',
        id: item.id,
        inspectionId: inspection.id,
        inspectionKind: inspection.kind,
      } as const;
      raw.push({
        level,
        sign: -1,
        points,
        source: item.itemId === undefined ? source : { ...source, itemId: item.itemId },
        reason: item.label ?? '',
        ...(item.severity ? { severity: item.severity } : {}),
      });
    }
  }
  // A failed verification, a substantiated complaint or an approved bonus is supervision activity too: it makes
  // its level count even in a month without inspections there.
  for (const r of input.failedRectifications ?? []) {
    const level = r.level ?? rules.rectificationLevel;
    active.add(level);
    if (r.deduction > 0)
      raw.push({
        level,
        sign: -1,
        points: r.deduction,
        source: { type: 'rectification', id: r.id },
        reason: r.reason ?? '',
      });
  }
  for (const c of input.complaints ?? []) {
    const level = c.level ?? rules.complaintLevel;
    active.add(level);
    if (c.deduction > 0)
      raw.push({
        level,
        sign: -1,
        points: c.deduction,
        source: { type: 'complaint', id: c.id },
        reason: c.reason ?? '',
      });
  }
  for (const b of input.bonuses ?? []) {
    const level = b.level ?? rules.bonusLevel;
    active.add(level);
    if (b.points > 0) {
      raw.push({
        level,
        sign: 1,
        points: b.points,
        source: { type: 'bonus', id: b.id, approverId: b.approverId },
        reason: b.reason,
      });
    }
  }

  const levels = {} as Record<ScoreLevel, LevelScore>;
  const entries: ScoreEntry[] = [];
  for (const level of SCORE_LEVELS) {
    const own = raw.filter((e) => e.level === level);
    const { score, adjustments } = scoreLevel(level, own, counts[level], active.has(level), rules);
    levels[level] = score;
    entries.push(...own, ...adjustments);
  }
  entries.sort(compareEntries);
  return {
    contractId: input.contractId,
    month: input.month,
    levels: Object.fromEntries(ASSESSMENT_LEVELS.map((l) => [l, levels[l]])) as Record<
      (typeof ASSESSMENT_LEVELS)[number],
      LevelScore
    >,
    self: levels.self,
    composite: composite(levels, rules),
    entries,
  };
}
