import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { sites } from './sites.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';
import { vendors } from './vendors.ts';

/** Weights of the three levels (R12), in parts per million so they sum exactly to 1 000 000. */
export interface LevelWeights {
  daily: number;
  monthly: number;
  semiannual: number;
  /** Vendor self-inspection (自管): recorded and reported apart; 0 keeps it out of the composite. */
  self: number;
}

/** A service contract: vendor × service lines × sites × term, with price, deposit, target and weights. */
export const contracts = pgTable(
  'contracts',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    title: text().notNull(),
    vendorId: uuid()
      .notNull()
      .references(() => vendors.id),
    /** 物业总承包: the vendor that helps supervise this contract (协管), if any. */
    generalContractorId: uuid().references(() => vendors.id),
    /** plugin ids of the service lines covered */
    serviceLineIds: text().array().notNull(),
    siteIds: uuid().array().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    /** annual price in fen */
    priceFen: bigint({ mode: 'number' }).notNull(),
    /** 'percent' (of the price, in basis points) | 'amount' (in fen) */
    depositKind: text().notNull(),
    depositBasisPoints: integer(),
    depositFen: bigint({ mode: 'number' }),
    /** required satisfaction rate in basis points (9500 = 95 %) */
    satisfactionTargetBp: integer().notNull().default(9000),
    /** null: the tenant's defaults apply */
    weights: jsonb().$type<LevelWeights>(),
    /** 'active' | 'ended' | 'terminated' */
    status: text().notNull().default('active'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contracts_tenant_code_key').on(t.tenantId, t.code),
    index('contracts_vendor_idx').on(t.tenantId, t.vendorId),
  ],
);

/** Which supervisor inspects which service line (条检, R13), optionally per site. */
export const supervisorAssignments = pgTable(
  'supervisor_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    serviceLineId: text().notNull(),
    siteId: uuid().references(() => sites.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('supervisor_assignments_key').on(
      t.tenantId,
      t.serviceLineId,
      sql`coalesce(${t.siteId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
  ],
);
