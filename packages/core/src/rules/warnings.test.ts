import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSEQUENCE_RULES as RULES } from './defaults.ts';
import type { ContractFacts, VerificationOutcome } from './types.ts';
import { earlyWarnings } from './warnings.ts';

const contract: ContractFacts = {
  contractId: 'c1',
  startDate: '2025-01-01',
  asOf: '2025-12-31',
  satisfactionTarget: 90,
};
const chain = (id: string, ...outcomes: VerificationOutcome[]) => ({
  id,
  notices: outcomes.map((outcome, i) => ({ id: `${id}-n${i + 1}`, outcome })),
});
const exitWarnings = (facts: ContractFacts, rules = RULES) =>
  earlyWarnings(facts, rules).filter((w) => w.rule === 'rectification_failed');

describe('R22: "one more failed verification triggers an exit warning" only while the chain is open', () => {
  it('failed, round 2 pending (open or answered) → warning citing the failed notice', () => {
    expect(
      exitWarnings({ ...contract, rectifications: [chain('f1', 'not_fixed', 'pending')] }),
    ).toMatchObject([
      {
        key: 'warning:exit_warning:c1:f1',
        current: 1,
        threshold: 2,
        facts: [{ type: 'rectification_notice', id: 'f1-n1', value: 'not_fixed' }],
      },
    ]);
  });

  it('failed, then verified fixed → no warning (the chain is closed)', () => {
    expect(exitWarnings({ ...contract, rectifications: [chain('f1', 'not_fixed', 'fixed')] })).toEqual([]);
  });

  it('failed, round 2 not raised yet → still open, warning', () => {
    expect(exitWarnings({ ...contract, rectifications: [chain('f1', 'not_fixed')] })).toHaveLength(1);
  });

  it('only the open chain warns when one chain closed fixed and another is running', () => {
    const facts = {
      ...contract,
      rectifications: [chain('f1', 'not_fixed', 'fixed'), chain('f2', 'not_fixed', 'pending')],
    };
    expect(exitWarnings(facts).map((w) => w.key)).toEqual(['warning:exit_warning:c1:f2']);
  });

  it('partly fixed then fixed → no warning even where partly fixed counts as a failure', () => {
    const rules = { ...RULES, partlyFixedCountsAsFailure: true };
    const closed = { ...contract, rectifications: [chain('f1', 'partly_fixed', 'fixed')] };
    const open = { ...contract, rectifications: [chain('f1', 'partly_fixed', 'pending')] };
    expect(exitWarnings(closed, rules)).toEqual([]);
    expect(exitWarnings(open, rules)).toHaveLength(1);
  });

  it('fixed at the first round → no warning', () => {
    expect(exitWarnings({ ...contract, rectifications: [chain('f1', 'fixed')] })).toEqual([]);
  });
});
