import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export interface TenantSettings {
  /** Roles whose members must use a TOTP second factor (ASVS 6.3.3). */
  mfaRequiredRoles: string[];
}

export const DEFAULT_TENANT_SETTINGS: TenantSettings = { mfaRequiredRoles: ['admin', 'leader'] };

/** An agency (机关事务管理局): one tenant of Steward. Row-level security: members see their own tenants. */
export const tenants = pgTable('tenants', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  region: text().notNull().default(''),
  timeZone: text().notNull().default('Asia/Shanghai'),
  locale: text().notNull().default('zh-CN'),
  settings: jsonb().$type<TenantSettings>().notNull().default(DEFAULT_TENANT_SETTINGS),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
