import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { contracts } from './contracts.ts';
import { inspectionResults, inspections } from './inspections.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/**
 * 整改通知 (R17): a demand to fix one finding by a deadline set by severity. The vendor answers with
 * evidence; a supervisor verifies fixed / partly fixed / not fixed. Not fixed raises round 2; a second
 * failure proposes a written exit warning (R22). Closed never means fixed without a verification.
 */
export const rectifications = pgTable(
  'rectifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    resultId: uuid()
      .notNull()
      .references(() => inspectionResults.id),
    itemCode: text().notNull(),
    severity: text().notNull(),
    /** 1 for the first notice, 2 after a failed verification */
    round: integer().notNull().default(1),
    previousId: uuid(),
    /** 'open' | 'answered' | 'fixed' | 'partly_fixed' | 'not_fixed' */
    status: text().notNull().default('open'),
    instructions: text().notNull().default(''),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    issuedBy: uuid()
      .notNull()
      .references(() => users.id),
    deadlineAt: timestamp({ withTimezone: true }).notNull(),
    response: text(),
    respondedAt: timestamp({ withTimezone: true }),
    respondedBy: uuid().references(() => users.id),
    verifiedAt: timestamp({ withTimezone: true }),
    verifiedBy: uuid().references(() => users.id),
    verificationNote: text(),
  },
  (t) => [index('rectifications_contract_idx').on(t.tenantId, t.contractId, t.status)],
);

/**
 * Bonuses (加分, R20): entered with a reason, effective only once someone else approves them.
 */
export const scoreBonuses = pgTable(
  'score_bonuses',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    /** YYYY-MM */
    month: text().notNull(),
    /** 'daily' | 'monthly' | 'semiannual' */
    level: text().notNull(),
    pointsCenti: integer().notNull(),
    reason: text().notNull(),
    enteredBy: uuid()
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp({ withTimezone: true }).notNull(),
    approvedBy: uuid().references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('score_bonuses_contract_month_idx').on(t.tenantId, t.contractId, t.month)],
);

/**
 * Contract consequences (R19–R22) as proposals until decided: exit warnings now; rewards, deductions,
 * terminations and re-tenders with the consequence engine. `facts` cites the records behind it.
 */
export const consequences = pgTable(
  'consequences',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    /** 'exit_warning' | 'termination' | 'retender' | 'reward' | 'deduction' */
    kind: text().notNull(),
    /** deterministic, so re-evaluating never proposes the same thing twice */
    key: text().notNull(),
    /** 'proposed' | 'endorsed' (1 of 2 approvals) | 'approved' | 'rejected' | 'withdrawn' (appeal upheld) */
    status: text().notNull().default('proposed'),
    facts: jsonb().$type<{ type: string; id: string; note?: string }[]>().notNull(),
    amountFen: integer(),
    proposedAt: timestamp({ withTimezone: true }).notNull(),
    proposedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => users.id),
    decisionNote: text(),
    // Issue 7: the rule behind it, for display and back-testing; money and terminations need two approvers.
    rule: text(),
    requirement: text(),
    period: text(),
    messageKey: text(),
    params: jsonb().$type<Record<string, string | number>>(),
    /** what a deduction capped at the deposit asked for */
    requestedFen: integer(),
    approvalsRequired: integer().notNull().default(1),
    /** last day (tenant calendar) the vendor may appeal, set when the decision takes effect */
    appealUntil: date(),
  },
  (t) => [
    index('consequences_contract_idx').on(t.tenantId, t.contractId, t.status),
    uniqueIndex('consequences_key').on(t.tenantId, t.key),
  ],
);
