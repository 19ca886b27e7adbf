import { type Band, bandFor } from '../rules/bands.ts';

/** One answer as stored in an anonymous survey response. */
export interface SurveyAnswer {
  contractId: string;
  serviceLineId: string;
  /** question code within the service line's questionnaire */
  code: string;
  type: 'satisfaction5' | 'yesno' | 'text';
  /** satisfaction5: 1–5; yesno: boolean; text: string; null = skipped / does not apply */
  value: number | boolean | string | null;
}

export interface SurveyResponseFacts {
  answers: readonly SurveyAnswer[];
}

/** On the 1–5 scale, 4 (满意) and 5 (非常满意) count as satisfied; 1 and 2 as poor. */
export const SATISFIED_AT_LEAST = 4;
export const POOR_AT_MOST = 2;

export interface SatisfactionRate {
  /** satisfaction5 answers of 4 or 5 */
  satisfied: number;
  /** satisfaction5 answers of 1 or 2 (R22's "generally poor feedback") */
  poor: number;
  /** satisfaction5 answers given (1–5); skipped questions do not count */
  answered: number;
  /** responses behind the figure: those with at least one answered satisfaction5 question in scope */
  responses: number;
  /** satisfied ÷ answered in basis points, rounded down (9499.9 stays 9499); null without answers */
  rateBp: number | null;
  /** poor ÷ answered in basis points, rounded down; null without answers */
  poorRateBp: number | null;
}

const isScore = (a: SurveyAnswer): a is SurveyAnswer & { value: number } =>
  a.type === 'satisfaction5' &&
  typeof a.value === 'number' &&
  Number.isInteger(a.value) &&
  a.value >= 1 &&
  a.value <= 5;

const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.floor((part * 10_000) / whole);

/**
 * 满意率 (R21), defined per answer: among the satisfaction5 questions actually answered in scope, the share
 * answered 4 or 5. Every answered question weighs the same, so a respondent who answers eight canteen
 * questions weighs more than one who answers two — the usual reading of "share of satisfied answers". Yes/no
 * and text questions never count. Rounded down so that a rate never reaches a tier's lower bound by rounding.
 */
export function satisfactionRate(
  responses: readonly SurveyResponseFacts[],
  inScope: (answer: SurveyAnswer) => boolean = () => true,
): SatisfactionRate {
  let satisfied = 0;
  let poor = 0;
  let answered = 0;
  let counted = 0;
  for (const response of responses) {
    let any = false;
    for (const answer of response.answers) {
      if (!isScore(answer) || !inScope(answer)) continue;
      any = true;
      answered++;
      if (answer.value >= SATISFIED_AT_LEAST) satisfied++;
      if (answer.value <= POOR_AT_MOST) poor++;
    }
    if (any) counted++;
  }
  return {
    satisfied,
    poor,
    answered,
    responses: counted,
    rateBp: ratio(satisfied, answered),
    poorRateBp: ratio(poor, answered),
  };
}

/** Rates grouped by a key of the answer (contract, service line, contract × line…), keys sorted. */
export function satisfactionBy(
  responses: readonly SurveyResponseFacts[],
  keyOf: (answer: SurveyAnswer) => string,
): { key: string; rate: SatisfactionRate }[] {
  const keys = new Set<string>();
  for (const r of responses) for (const a of r.answers) if (isScore(a)) keys.add(keyOf(a));
  return [...keys].sort().map((key) => ({ key, rate: satisfactionRate(responses, (a) => keyOf(a) === key) }));
}

/** R21: the tier a rate falls in (bands by lower bound, see `bandFor`); no answers → no tier. */
export function satisfactionTier(tiers: readonly Band[], rateBp: number | null): Band | null {
  if (rateBp === null || tiers.length === 0) return null;
  return bandFor(tiers, rateBp / 100);
}
