import { sql } from 'drizzle-orm';
import { bigint, boolean, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A person's identity, shared across tenants (an evaluator often works for several agencies). Not a
 * tenant table: what a tenant may see of a user is reached through its memberships, which are.
 */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased; sign-in compares lower-cased. */
    email: text().notNull(),
    displayName: text().notNull(),
    /** PHC string (scrypt); null until the invitation is accepted or a reset completes. */
    passwordHash: text(),
    /** Base32 TOTP secret once enrolled. */
    totpSecret: text(),
    /** Highest TOTP time step accepted, so a code works once. */
    totpLastStep: bigint({ mode: 'number' }),
    /** Hashes of unused recovery codes. */
    recoveryCodeHashes: text().array().notNull().default(sql`'{}'::text[]`),
    preferredLocale: text().notNull().default('zh-CN'),
    /** Provisions tenants; sees no tenant data by default. */
    isPlatformOperator: boolean().notNull().default(false),
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);
