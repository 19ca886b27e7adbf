import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

/** A building or campus of a tenant (the seed: 机关大楼, 行政事业中心). Tenant table. */
export const sites = pgTable(
  'sites',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    name: text().notNull(),
    address: text().notNull().default(''),
    /** Free tags that checklist items may apply to (e.g. "kitchen", "high-rise"). */
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sites_tenant_code_key').on(t.tenantId, t.code),
    index('sites_tenant_idx').on(t.tenantId),
  ],
);
