import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LevelWeights } from './contracts.ts';

export interface TenantSettings {
  /** Roles whose members must use a TOTP second factor (ASVS 6.3.3). */
  mfaRequiredRoles: string[];
  /**
   * Default weights of the three levels for contracts that set none (R12), in parts per million. Absent:
   * daily 500 000, monthly 300 000, semi-annual 200 000, self 0 (the API resolves the default).
   */
  levelWeights?: LevelWeights;
  /** Days before expiry from which licences and certificates show as expiring soon; absent: 30. */
  expiryWarningDays?: number;
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
