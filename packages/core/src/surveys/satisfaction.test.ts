import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSEQUENCE_RULES } from '../rules/defaults.ts';
import {
  type SurveyAnswer,
  type SurveyResponseFacts,
  satisfactionBy,
  satisfactionRate,
  satisfactionTier,
} from './satisfaction.ts';

const answer = (value: SurveyAnswer['value'], extra: Partial<SurveyAnswer> = {}): SurveyAnswer => ({
  contractId: 'c1',
  serviceLineId: 'security',
  code: 'q',
  type: 'satisfaction5',
  value,
  ...extra,
});
const respond = (...values: SurveyAnswer['value'][]): SurveyResponseFacts => ({
  answers: values.map((v) => answer(v)),
});
/** n responses of one answer each: `satisfied` of them a 5, the rest a 3. */
const round = (n: number, satisfied: number) =>
  Array.from({ length: n }, (_, i) => respond(i < satisfied ? 5 : 3));
const tiers = DEFAULT_CONSEQUENCE_RULES.satisfactionTiers;

describe('R21 satisfaction rate (share of satisfied answers)', () => {
  it('counts answers of 4 and 5 among answered satisfaction5 questions', () => {
    const rate = satisfactionRate([respond(5, 4, 3), respond(2, 1, null)]);
    expect(rate).toEqual({
      satisfied: 2,
      poor: 2,
      answered: 5,
      responses: 2,
      rateBp: 4000,
      poorRateBp: 4000,
    });
  });

  it('ignores skipped, yes/no, text and out-of-range answers; a response with none of them is not counted', () => {
    const rate = satisfactionRate([
      { answers: [answer(true, { type: 'yesno' }), answer('ok', { type: 'text' }), answer(null), answer(6)] },
      respond(4),
    ]);
    expect(rate).toMatchObject({ answered: 1, responses: 1, rateBp: 10_000 });
  });

  it('no answers: no rate and no tier (never 0 % or 100 %)', () => {
    const rate = satisfactionRate([]);
    expect(rate.rateBp).toBeNull();
    expect(satisfactionTier(tiers, rate.rateBp)).toBeNull();
  });

  it('rounds down, so 94.99 % stays below the 95 % band', () => {
    const rate = satisfactionRate(round(10_000, 9_499));
    expect(rate.rateBp).toBe(9_499);
    expect(satisfactionTier(tiers, rate.rateBp)?.name).toBe('基本满意');
    // 1899 of 1999 = 94.997…% — rounding to nearest would have lifted it to 95.00 %
    expect(satisfactionRate(round(1999, 1899)).rateBp).toBe(9499);
  });

  it('the lower bound of a band belongs to that band', () => {
    expect(satisfactionRate(round(20, 19)).rateBp).toBe(9_500);
    expect(satisfactionTier(tiers, 9_500)?.name).toBe('满意');
    expect(satisfactionTier(tiers, 9_000)?.name).toBe('基本满意');
    expect(satisfactionTier(tiers, 8_999)?.name).toBe('不满意');
    expect(satisfactionTier(tiers, 9_800)?.name).toBe('非常满意');
  });

  it('exactly 100 % falls in the top band; 0 % in the bottom one', () => {
    const all = satisfactionRate(round(7, 7));
    expect(all.rateBp).toBe(10_000);
    expect(satisfactionTier(tiers, all.rateBp)).toMatchObject({ name: '非常满意', amountFen: 2_000_000 });
    expect(satisfactionTier(tiers, satisfactionRate(round(3, 0)).rateBp)?.name).toBe('不满意');
  });

  it('groups by contract and by service line, with the responses behind each figure', () => {
    const responses: SurveyResponseFacts[] = [
      { answers: [answer(5), answer(2, { contractId: 'c2', serviceLineId: 'catering' })] },
      { answers: [answer(4)] },
    ];
    const byContract = satisfactionBy(responses, (a) => a.contractId);
    expect(byContract.map((g) => [g.key, g.rate.rateBp, g.rate.responses])).toEqual([
      ['c1', 10_000, 2],
      ['c2', 0, 1],
    ]);
    const byLine = satisfactionBy(responses, (a) => a.serviceLineId);
    expect(byLine.map((g) => g.key)).toEqual(['catering', 'security']);
  });
});
