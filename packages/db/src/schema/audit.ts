import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

/**
 * The per-tenant audit hash chain. Each entry's hash covers the previous entry's hash and the entry's
 * canonical content, so editing, deleting, reordering or truncating is detectable; the application role
 * may only INSERT and SELECT. (tenant_id, seq) is unique, so concurrent appends can never fork.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    seq: bigint({ mode: 'number' }).notNull(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid(),
    /** 'user' | 'system' | 'operator' */
    actorKind: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_tenant_seq_key').on(t.tenantId, t.seq),
    index('audit_log_tenant_entity_idx').on(t.tenantId, t.entity, t.entityId),
  ],
);
