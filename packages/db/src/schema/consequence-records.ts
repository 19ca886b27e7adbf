import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
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
import { consequences } from './rectifications.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/** A contract's overrides of the tenant's consequence rules (issue 7), e.g. a stricter termination rule. */
export const contractConsequenceRules = pgTable(
  'contract_consequence_rules',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    /** Partial ConsequenceRules: only the keys the contract changes. */
    rules: jsonb().$type<Record<string, unknown>>().notNull(),
    version: integer().notNull().default(1),
    updatedBy: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('contract_consequence_rules_key').on(t.tenantId, t.contractId)],
);

/**
 * Each step of a decision on a consequence (ASVS 2.3.5): one row per person, so two approvals of a money
 * or termination proposal are by two different people by construction (unique per consequence × person).
 */
export const consequenceDecisions = pgTable(
  'consequence_decisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    consequenceId: uuid()
      .notNull()
      .references(() => consequences.id),
    /** 'approve' | 'countersign' | 'reject' */
    step: text().notNull(),
    decidedBy: uuid()
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }).notNull(),
    note: text().notNull(),
  },
  (t) => [uniqueIndex('consequence_decisions_person_key').on(t.tenantId, t.consequenceId, t.decidedBy)],
);

/** The vendor's appeal against a decided consequence, with its evidence, within the tenant's period. */
export const consequenceAppeals = pgTable(
  'consequence_appeals',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    consequenceId: uuid()
      .notNull()
      .references(() => consequences.id),
    filedBy: uuid()
      .notNull()
      .references(() => users.id),
    filedAt: timestamp({ withTimezone: true }).notNull(),
    grounds: text().notNull(),
    /** Files kept in the blob store: name, type, size and SHA-256 */
    evidence: jsonb()
      .$type<{ key: string; name: string; contentType: string; size: number; sha256: string }[]>()
      .notNull(),
    /** 'open' | 'upheld' | 'dismissed' */
    status: text().notNull().default('open'),
    resolvedBy: uuid().references(() => users.id),
    resolvedAt: timestamp({ withTimezone: true }),
    resolution: text(),
  },
  (t) => [uniqueIndex('consequence_appeals_key').on(t.tenantId, t.consequenceId)],
);

/** Early warnings as last evaluated: shown to supervisors, leaders and the vendor; cleared when gone. */
export const consequenceWarnings = pgTable(
  'consequence_warnings',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    key: text().notNull(),
    rule: text().notNull(),
    current: integer().notNull(),
    threshold: integer().notNull(),
    messageKey: text().notNull(),
    params: jsonb().$type<Record<string, string | number>>().notNull(),
    facts: jsonb()
      .$type<{ type: string; id: string; period?: string; value?: string | number }[]>()
      .notNull(),
    firstSeenAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    clearedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('consequence_warnings_key').on(t.tenantId, t.key),
    index('consequence_warnings_contract_idx').on(t.tenantId, t.contractId),
  ],
);

/**
 * The service deposit (R19), entry by entry: immutable (the app role may only insert and read; a trigger
 * refuses changes), integer fen, a running balance that can never go below zero, each money entry linked
 * to the consequence (its facts) and the decision step that made it effective.
 */
export const depositLedger = pgTable(
  'deposit_ledger',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    /** 1, 2, 3… per contract: a second writer of the same position fails */
    seq: integer().notNull(),
    /** 'received' | 'deduction' | 'reward' | 'refund' | 'reversal' */
    kind: text().notNull(),
    /** positive magnitude */
    amountFen: bigint({ mode: 'number' }).notNull(),
    /** effect on the balance held: received +, deduction −, refund −, reversal ±, reward 0 (paid out) */
    balanceEffectFen: bigint({ mode: 'number' }).notNull(),
    balanceAfterFen: bigint({ mode: 'number' }).notNull(),
    /** what a capped deduction asked for */
    requestedFen: bigint({ mode: 'number' }),
    consequenceId: uuid().references(() => consequences.id),
    decisionId: uuid().references(() => consequenceDecisions.id),
    /** the assessment / survey round / notice ids behind it, copied from the consequence */
    facts: jsonb().$type<{ type: string; id: string }[]>().notNull(),
    note: text().notNull().default(''),
    recordedBy: uuid().references(() => users.id),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('deposit_ledger_seq_key').on(t.tenantId, t.contractId, t.seq),
    uniqueIndex('deposit_ledger_consequence_key').on(t.tenantId, t.consequenceId, t.kind),
    check('deposit_ledger_amount_positive', sql`${t.amountFen} > 0`),
    check('deposit_ledger_balance_non_negative', sql`${t.balanceAfterFen} >= 0`),
  ],
);

/** The monthly bulletin (通报, R18): a generated draft, edited, then published (frozen). */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** YYYY-MM */
    month: text().notNull(),
    /** 'draft' | 'published' */
    status: text().notNull().default('draft'),
    /** rankings, praise, criticism, causes, open rectifications, as generated */
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    title: text().notNull(),
    /** editable: the summary and the improvement measures */
    summary: text().notNull().default(''),
    measures: text().notNull().default(''),
    version: integer().notNull().default(1),
    generatedAt: timestamp({ withTimezone: true }).notNull(),
    generatedBy: uuid().references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }),
    publishedBy: uuid().references(() => users.id),
  },
  (t) => [uniqueIndex('bulletins_month_key').on(t.tenantId, t.month)],
);
