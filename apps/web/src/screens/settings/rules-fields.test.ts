import { describe, expect, it } from 'vitest';
import { changedFields, type Rules, readRules } from './rules-fields.ts';

const rules: Rules = {
  complaints: {
    acceptWorkingDays: 1,
    investigateWorkingDays: 5,
    correctWorkingDays: 3,
    verifyWorkingDays: 2,
    deductionCenti: { general: 200, major: 500 },
  },
  rectification: {
    deadlineWorkingDays: { major: 1, general: 3 },
    failedDeductionCenti: { not_fixed: 200, partly_fixed: 100 },
  },
  appealWorkingDays: 5,
  spotCheckSampleSize: 5,
  expiryWarningDays: 30,
};

describe('the rules form', () => {
  it('shows points as decimals and sends only what changed, points back in centipoints', () => {
    const values = readRules(rules);
    expect(values['complaints.deductionCenti.major']).toBe('5');
    expect(changedFields(rules, values)).toEqual({});
    const edited = { ...values, 'complaints.deductionCenti.major': '7.5', spotCheckSampleSize: '8' };
    expect(changedFields(rules, edited)).toEqual({
      complaints: { deductionCenti: { major: 750 } },
      spotCheckSampleSize: 8,
    });
  });

  it('sends an entry that is not a number as null, for the server to explain beside the field', () => {
    const values = { ...readRules(rules), appealWorkingDays: '', expiryWarningDays: 'abc' };
    expect(changedFields(rules, values)).toEqual({ appealWorkingDays: null, expiryWarningDays: null });
  });
});
