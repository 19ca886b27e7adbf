import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages.ts';
import { backtest } from './backtest.ts';
import { DEFAULT_CONSEQUENCE_RULES as RULES } from './defaults.ts';
import { evaluateConsequences } from './evaluate.ts';
import { monthsUntil } from './retender.ts';
import type { ContractFacts, TenderFact } from './types.ts';
import { earlyWarnings } from './warnings.ts';

// Started 2023-01-01: the re-tender date is 2026-01-01, the contract ends 2026-03-31.
const contract: ContractFacts = {
  contractId: 'c1',
  vendorId: 'incumbent',
  startDate: '2023-01-01',
  endDate: '2026-03-31',
  asOf: '2026-01-15',
  satisfactionTarget: 90,
};
const awarded = (winner: string, extra: Partial<TenderFact> = {}): TenderFact => ({
  id: 't1',
  status: 'awarded',
  dueDate: '2026-01-01',
  winnerVendorId: winner,
  winnerName: winner === 'incumbent' ? '安保服务有限公司' : '新安保有限公司',
  winnerBidId: 'bid-1',
  awardedOn: '2026-01-10',
  awardReference: 'ZB-2026-001',
  ...extra,
});
const kinds = (facts: ContractFacts) => evaluateConsequences(facts).map((p) => [p.kind, p.key]);

describe('R22: an incumbent that loses the re-tender exits', () => {
  it('no tender yet: the 3-year flag only', () => {
    expect(kinds(contract)).toEqual([['retender', 'retender:c1:2026-01-01']]);
  });

  it('the incumbent wins → no exit, and the flag is satisfied (the clock runs on to 2029)', () => {
    const facts = { ...contract, tenders: [awarded('incumbent')] };
    expect(kinds(facts)).toEqual([]);
    expect(earlyWarnings({ ...facts, asOf: '2028-07-01' })).toMatchObject([
      { rule: 'contract_age', params: { date: '2029-01-01', months: 6 } },
    ]);
    // Won ahead of the date: no warning and no flag for 2026 at all.
    expect(earlyWarnings({ ...facts, asOf: '2025-11-01' })).toEqual([]);
    expect(kinds({ ...facts, asOf: '2029-01-01' })).toEqual([['retender', 'retender:c1:2029-01-01']]);
  });

  it('another vendor wins → an exit proposal effective at the contract end, citing the tender and the award', () => {
    const facts = { ...contract, tenders: [awarded('newcomer', { handoverUntil: '2026-04-30' })] };
    const proposals = evaluateConsequences(facts);
    const exit = proposals.find((p) => p.kind === 'exit');
    expect(exit).toMatchObject({
      key: 'exit:retender:c1:t1',
      rule: 'retender_lost',
      requirement: 'R22',
      period: '2026-03-31',
      facts: [
        { type: 'tender', id: 't1', period: '2026-01-01', value: '2026-01-10' },
        { type: 'tender_award', id: 'bid-1', value: 'ZB-2026-001' },
        { type: 'contract', id: 'c1', value: '2026-03-31' },
      ],
    });
    expect(formatMessage(exit!.messageKey, 'zh-CN', exit!.params)).toBe(
      '重新招标由新安保有限公司中标（中标通知书ZB-2026-001），现服务企业未中标，建议于合同期满2026-03-31退出，交接期至2026-04-30',
    );
    // The lost re-tender answers the 2026 flag, and the clock stops: no later flag or warning.
    expect(proposals.map((p) => p.kind)).toEqual(['exit']);
    expect(earlyWarnings({ ...facts, asOf: '2028-12-01' })).toEqual([]);
  });

  it('an open or cancelled tender → nothing but the flag', () => {
    for (const status of ['open', 'cancelled'] as const) {
      const facts = { ...contract, tenders: [awarded('newcomer', { status })] };
      expect(kinds(facts)).toEqual([['retender', 'retender:c1:2026-01-01']]);
    }
  });

  it('re-running proposes the same keys (idempotent), and a back-test counts the exit', () => {
    const facts = { ...contract, tenders: [awarded('newcomer')] };
    expect(evaluateConsequences(facts)).toEqual(evaluateConsequences(facts));
    const r = backtest([facts], RULES, { ...RULES, retenderAfterYears: 4 });
    expect(r.totals.before).toMatchObject({ exits: 1, retenders: 0 });
    // At 4 years the tender answers no re-tender date: only the exit remains (it follows the award).
    expect(r.totals.after).toMatchObject({ exits: 1, retenders: 0 });
  });

  it('early warning: "re-tender due in N months", from six months before', () => {
    expect(earlyWarnings({ ...contract, asOf: '2025-06-30' })).toEqual([]);
    const [w] = earlyWarnings({ ...contract, asOf: '2025-10-02' });
    expect(formatMessage(w!.messageKey, 'en', w!.params)).toBe(
      'Re-tender due in 3 month(s): the contract reaches 3 years on 2026-01-01',
    );
    expect(monthsUntil('2025-12-31', '2026-01-01')).toBe(1);
    expect(monthsUntil('2026-01-01', '2026-01-01')).toBe(0);
  });
});
