import { DEFAULT_LOCALE, formatMessage, type Locale } from '../messages.ts';
import { type Centipoints, formatPoints } from './points.ts';
import {
  type MonthlyAssessment,
  SCORE_LEVELS,
  type ScoreEntry,
  type ScoreLevel,
  type ScoreSource,
} from './types.ts';

export interface ExplanationLine {
  /** Signed points as text, e.g. '-2.5', '+1'. */
  delta: string;
  text: string;
  source: ScoreSource;
}

export interface LevelExplanation {
  level: ScoreLevel;
  label: string;
  /** The level's score as text, or the localised "no data". */
  score: string;
  scored: boolean;
  lines: ExplanationLine[];
}

export interface ScoreExplanation {
  composite: { label: string; score: string; scored: boolean };
  levels: LevelExplanation[];
}

function lineText(entry: ScoreEntry, locale: Locale): string {
  const { source } = entry;
  if (source.type === 'adjustment') return formatMessage(`score.adjustment.${source.id}`, locale);
  const reason = entry.reason || source.id;
  if (source.type === 'item_result') {
    const kind = formatMessage(`inspection.kind.${source.inspectionKind}`, locale);
    return formatMessage('score.source.item_result', locale, { kind, reason });
  }
  return formatMessage(`score.source.${source.type}`, locale, { reason });
}

function signed(sign: 1 | -1, points: Centipoints): string {
  return `${sign > 0 ? '+' : '-'}${formatPoints(points)}`;
}

/** Turns the score lineage into lines for the UI, level by level, in the lineage's order. */
export function explainScore(
  assessment: MonthlyAssessment,
  locale: Locale = DEFAULT_LOCALE,
): ScoreExplanation {
  const noData = formatMessage('score.no_data', locale);
  const all = { ...assessment.levels, self: assessment.self };
  const levels = SCORE_LEVELS.map((level): LevelExplanation => {
    const s = all[level];
    return {
      level,
      label: formatMessage(`score.level.${level}`, locale),
      score: s.status === 'scored' ? formatPoints(s.score) : noData,
      scored: s.status === 'scored',
      lines: assessment.entries
        .filter((e) => e.level === level)
        .map((e) => ({ delta: signed(e.sign, e.points), text: lineText(e, locale), source: e.source })),
    };
  });
  const c = assessment.composite;
  return {
    composite: {
      label: formatMessage('score.composite', locale),
      score: c.status === 'scored' ? formatPoints(c.score) : noData,
      scored: c.status === 'scored',
    },
    levels,
  };
}
