import type { IsoDate } from '../calendar/dates.ts';
import type { MessageParams } from '../messages.ts';
import type { Centipoints } from '../scoring/points.ts';
import type { Band } from './bands.ts';

export interface ConsequenceRules {
  /** R21: quarterly satisfaction rate (percent) → reward tier. */
  satisfactionTiers: readonly Band[];
  /** R20, R19: monthly composite score (points) → reward, or deduction from the deposit. */
  scoreBands: readonly Band[];
  /** R19: cap deductions at the deposit balance when the facts give one. */
  capDeductionsAtDeposit: boolean;
  /** R22: failed verifications of one rectification before a written exit warning (source: 2). */
  exitWarningAfterFailures: number;
  /** Whether a 'partly fixed' verification counts as a failure. */
  partlyFixedCountsAsFailure: boolean;
  /** R22: consecutive quarters below the contract's satisfaction target → termination proposal (source: 3). */
  terminationQuarters: number;
  /** R22: consecutive years below target → termination proposal (source: 2). */
  terminationYears: number;
  /** R22: "feedback generally poor": share (percent) of poor answers in a round, with enough answers to count. */
  poorFeedback: { minPoorRate: number; minResponses: number } | null;
  /** R22: contract age (years) at which it goes back to tender (source: 3). */
  retenderAfterYears: number;
  /** Early warning for re-tender, months before the date. */
  retenderWarningMonths: number;
}

export interface MonthlyScoreFact {
  /** Assessment record id. */
  id: string;
  month: string;
  /** Composite in centipoints; null = no data (never rewarded or penalised). */
  score: Centipoints | null;
}

export interface SatisfactionFact {
  /** Survey round (or yearly roll-up) id. */
  id: string;
  /** 'YYYY-Qn' for quarters, 'YYYY' for years. */
  period: string;
  /** Percent, 0–100. */
  rate: number;
  responses?: number;
}

export interface FeedbackFact {
  id: string;
  period: string;
  /** Percent of poor (不满意) answers. */
  poorRate: number;
  responses: number;
}

export type VerificationOutcome = 'fixed' | 'partly_fixed' | 'not_fixed' | 'pending';

/** One finding's chain of rectification notices, in order. */
export interface RectificationChainFact {
  id: string;
  notices: readonly { id: string; outcome: VerificationOutcome }[];
}

/**
 * A re-tender (重新招标) of the contract (R5, R22): which re-tender date it answers, and, once awarded, who won
 * and the award's evidence (e.g. the 中标通知书 number).
 */
export interface TenderFact {
  id: string;
  status: 'open' | 'awarded' | 'cancelled';
  /** The re-tender date (3-year mark) it answers; a tender without one satisfies no re-tender flag. */
  dueDate?: IsoDate;
  winnerVendorId?: string;
  winnerName?: string;
  /** The winning bid: the award fact a proposal cites. */
  winnerBidId?: string;
  awardedOn?: IsoDate;
  awardReference?: string;
  /** Last day of the handover (交接期) the award sets, if any. */
  handoverUntil?: IsoDate;
}

export interface ContractFacts {
  contractId: string;
  /** The incumbent: the vendor holding the contract (who exits if a re-tender goes to someone else). */
  vendorId?: string;
  /** Contract term end: when an incumbent that lost the re-tender leaves. */
  endDate?: IsoDate;
  tenders?: readonly TenderFact[];
  /** Contract term start; the re-tender clock runs from here. */
  startDate: IsoDate;
  /** The day of evaluation (passed in: the core has no clock). */
  asOf: IsoDate;
  /** Percent the contract requires (R22). */
  satisfactionTarget: number;
  depositBalanceFen?: number;
  monthlyScores?: readonly MonthlyScoreFact[];
  quarterlySatisfaction?: readonly SatisfactionFact[];
  yearlySatisfaction?: readonly SatisfactionFact[];
  feedback?: readonly FeedbackFact[];
  rectifications?: readonly RectificationChainFact[];
}

export type ConsequenceKind =
  | 'reward'
  | 'deposit_deduction'
  | 'exit_warning'
  | 'termination'
  | 'retender'
  /** R22: the incumbent lost the re-tender and leaves at the contract's end. */
  | 'exit';

export type ConsequenceRule =
  | 'score_band'
  | 'satisfaction_tier'
  | 'rectification_failed'
  | 'satisfaction_quarters'
  | 'satisfaction_years'
  | 'poor_feedback'
  | 'contract_age'
  | 'retender_lost';

export type FactType =
  | 'monthly_assessment'
  | 'survey_round'
  | 'yearly_satisfaction'
  | 'feedback'
  | 'rectification_notice'
  | 'contract'
  | 'tender'
  | 'tender_award';

export interface FactRef {
  type: FactType;
  id: string;
  period?: string;
  /** The figure that mattered (score in points, rate in percent…), for display. */
  value?: number | string;
}

export interface ConsequenceProposal {
  /** Deterministic, rule-independent where possible (e.g. per contract and month), for idempotency and diffs. */
  key: string;
  kind: ConsequenceKind;
  rule: ConsequenceRule;
  requirement: 'R19' | 'R20' | 'R21' | 'R22';
  contractId: string;
  period?: string;
  /** Money, as a positive magnitude in fen. */
  amountFen?: number;
  /** When the deposit cap cut the amount: what the rule asked for. */
  requestedFen?: number;
  messageKey: string;
  params: MessageParams;
  facts: FactRef[];
}

export interface EarlyWarning {
  key: string;
  rule: ConsequenceRule;
  contractId: string;
  /** How far along (e.g. 2 quarters below target) and where the rule fires (3). */
  current: number;
  threshold: number;
  messageKey: string;
  params: MessageParams;
  facts: FactRef[];
}
