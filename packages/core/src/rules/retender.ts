import { addMonths, compareDates, type IsoDate } from '../calendar/dates.ts';
import type { ConsequenceProposal, ConsequenceRules, ContractFacts, FactRef, TenderFact } from './types.ts';

/** Where the contract stands on R22's re-tender clock as of `facts.asOf`. */
export interface RetenderState {
  /** Re-tender dates reached and not satisfied by a re-tender the incumbent won (each one is a flag). */
  flagged: IsoDate[];
  /** The next re-tender date after asOf, or null when the incumbent already lost one (it leaves). */
  next: IsoDate | null;
}

/** The awarded re-tender answering a given re-tender date, if any (cancelled and open ones do not count). */
const awardedFor = (facts: ContractFacts, due: IsoDate) =>
  (facts.tenders ?? []).find((t) => t.status === 'awarded' && t.dueDate === due);

const lostBy = (facts: ContractFacts, t: TenderFact) =>
  facts.vendorId !== undefined && t.winnerVendorId !== undefined && t.winnerVendorId !== facts.vendorId;

/**
 * R22: the contract goes back to tender every `retenderAfterYears` from its start. A re-tender the incumbent
 * won satisfies that date's flag, and the clock runs on to the next one; a re-tender it lost ends the clock.
 */
export function retenderState(facts: ContractFacts, rules: ConsequenceRules): RetenderState {
  const flagged: IsoDate[] = [];
  // Bounded: a contract's start is a real date, so a few dozen cycles always pass asOf.
  for (let cycle = 1; cycle <= 100; cycle++) {
    const due = addMonths(facts.startDate, 12 * rules.retenderAfterYears * cycle);
    const award = awardedFor(facts, due);
    if (award && lostBy(facts, award)) return { flagged, next: null };
    if (award) continue; // won by the incumbent (even ahead of the date): this date is satisfied
    if (compareDates(facts.asOf, due) < 0) return { flagged, next: due };
    flagged.push(due);
  }
  return { flagged, next: null };
}

/** Whole months from `from` until `to` (rounded up: 1 day before is "1 month"). */
export function monthsUntil(from: IsoDate, to: IsoDate): number {
  let m = 0;
  while (compareDates(addMonths(from, m), to) < 0) m++;
  return m;
}

const tenderRef = (t: TenderFact): FactRef => ({
  type: 'tender',
  id: t.id,
  ...(t.dueDate ? { period: t.dueDate } : {}),
  ...(t.awardedOn ? { value: t.awardedOn } : {}),
});

/**
 * R22: the re-tender flag at each re-tender date reached, and an exit proposal for each re-tender awarded
 * to a vendor other than the incumbent — effective at the contract's end, citing the tender and the award
 * (the winner and the award notice's reference). The incumbent winning proposes nothing. Keys are per
 * contract and date / tender, so re-runs propose nothing twice.
 */
export function retenderProposals(facts: ContractFacts, rules: ConsequenceRules): ConsequenceProposal[] {
  const c = facts.contractId;
  const base = { contractId: c, requirement: 'R22' as const };
  const out: ConsequenceProposal[] = retenderState(facts, rules).flagged.map((due) => ({
    ...base,
    key: `retender:${c}:${due}`,
    kind: 'retender',
    rule: 'contract_age',
    period: due,
    messageKey: 'consequence.retender',
    params: { start: facts.startDate, years: rules.retenderAfterYears, date: due },
    facts: [{ type: 'contract', id: c, value: facts.startDate }],
  }));
  for (const t of facts.tenders ?? []) {
    if (t.status !== 'awarded' || !lostBy(facts, t)) continue;
    const effective = facts.endDate ?? t.dueDate ?? t.awardedOn ?? facts.asOf;
    out.push({
      ...base,
      key: `exit:retender:${c}:${t.id}`,
      kind: 'exit',
      rule: 'retender_lost',
      period: effective,
      messageKey: t.handoverUntil
        ? 'consequence.exit.retender_lost_handover'
        : 'consequence.exit.retender_lost',
      params: {
        winner: t.winnerName ?? '',
        reference: t.awardReference ?? '',
        date: effective,
        ...(t.handoverUntil ? { handover: t.handoverUntil } : {}),
      },
      facts: [
        tenderRef(t),
        { type: 'tender_award', id: t.winnerBidId ?? t.id, value: t.awardReference ?? '' },
        { type: 'contract', id: c, value: effective },
      ],
    });
  }
  return out;
}
