import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** An agency (机关事务管理局): one tenant of Steward. */
export const tenants = pgTable('tenants', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  region: text().notNull().default(''),
  timeZone: text().notNull().default('Asia/Shanghai'),
  locale: text().notNull().default('zh-CN'),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
