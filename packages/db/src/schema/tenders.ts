import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
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
import { vendors } from './vendors.ts';

/**
 * A tender (招标, R5). Today: the re-tender (重新招标) of a contract at its 3-year mark (R22), recorded once
 * the procurement has run — the bidders, the winner and the award notice (中标通知书). `kind` leaves room
 * for a full public tender of a new contract later (then `contractId` is the contract it led to).
 */
export const tenders = pgTable(
  'tenders',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** 'retender' (later: 'public' for a new contract) */
    kind: text().notNull().default('retender'),
    /** the contract being re-tendered */
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    /** the incumbent when the tender opened (the contract's vendor), kept for the record */
    incumbentVendorId: uuid()
      .notNull()
      .references(() => vendors.id),
    /** the re-tender date (3-year mark) this tender answers */
    dueOn: date(),
    /** the re-tender flag (consequence) it was opened from, if any */
    flagConsequenceId: uuid().references(() => consequences.id),
    title: text().notNull(),
    /** 'open' | 'awarded' | 'cancelled' */
    status: text().notNull().default('open'),
    openedOn: date().notNull(),
    /** bids due by (投标截止) */
    closesOn: date(),
    notes: text().notNull().default(''),
    winnerVendorId: uuid().references(() => vendors.id),
    awardedOn: date(),
    /** the award decision's reference, e.g. the 中标通知书 number */
    awardReference: text(),
    /** last day of the handover (交接期) when the incumbent leaves */
    handoverUntil: date(),
    cancelReason: text(),
    version: integer().notNull().default(1),
    openedBy: uuid().references(() => users.id),
    openedAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('tenders_contract_idx').on(t.tenantId, t.contractId),
    // One live tender per contract and re-tender date: a retried "open" finds the first.
    uniqueIndex('tenders_live_key')
      .on(t.tenantId, t.contractId, t.dueOn)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);

/** A bidder (投标单位) in a tender: a vendor of the tenant, with its bid. */
export const tenderBids = pgTable(
  'tender_bids',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    tenderId: uuid()
      .notNull()
      .references(() => tenders.id),
    vendorId: uuid()
      .notNull()
      .references(() => vendors.id),
    /** bid price per year, integer fen, if recorded */
    priceFen: bigint({ mode: 'number' }),
    /** evaluation score (评标得分) in centipoints, if recorded */
    scoreCentipoints: integer(),
    note: text().notNull().default(''),
    recordedBy: uuid().references(() => users.id),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('tender_bids_vendor_key').on(t.tenantId, t.tenderId, t.vendorId)],
);
