import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/**
 * What an external inspector or third-party evaluator may do, on which contracts / service lines /
 * sites, from when until when (D2, R7). An empty scope list means "not restricted on that dimension";
 * a grant must restrict at least one (enforced by the API). Checked on every request.
 */
export const grants = pgTable(
  'grants',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actions: text().array().notNull(),
    contractIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    serviceLineIds: text().array().notNull().default(sql`'{}'::text[]`),
    siteIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    validFrom: timestamp({ withTimezone: true }).notNull(),
    validUntil: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull(),
    grantedBy: uuid()
      .notNull()
      .references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => users.id),
    revokeReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('grants_tenant_user_idx').on(t.tenantId, t.userId)],
);
