import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Outgoing messages (invitations, password resets, notices). Written in the same transaction as the
 * change that causes them; a delivery adapter sends them (in embedded mode it prints them to the log).
 */
export const outbox = pgTable('outbox', {
  id: uuid().primaryKey().defaultRandom(),
  /** The tenant the message concerns, if any (for the operator's delivery reports). */
  tenantRef: uuid(),
  channel: text().notNull().default('email'),
  recipient: text().notNull(),
  template: text().notNull(),
  payload: jsonb().$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp({ withTimezone: true }),
  attempts: integer().notNull().default(0),
  lastError: text(),
});
