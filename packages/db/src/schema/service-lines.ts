import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/**
 * Every release of a host-installed plugin this deployment has ever run, written at start-up. A tenant's
 * pinned version stays resolvable after the code moves on. Global reference data (no tenant).
 */
export const pluginReleases = pgTable(
  'plugin_releases',
  {
    pluginId: text().notNull(),
    version: text().notNull(),
    /** 'code' | 'data' */
    source: text().notNull(),
    /** the plugin as plain data (calculations are functions and are not kept) */
    content: jsonb().notNull(),
    /** SHA-256 of the canonical JSON of `content` */
    contentHash: text().notNull(),
    firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pluginId, t.version] })],
);

/**
 * A service line in a tenant's catalogue: which plugin, the pinned version, whether it is enabled, and the
 * tenant's overlay (operations keyed by stable codes, so they survive upgrades). Tenant table.
 */
export const tenantServiceLines = pgTable(
  'tenant_service_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    pluginId: text().notNull(),
    /** 'code' (installed by the host) | 'data' (uploaded by this tenant) */
    source: text().notNull(),
    pinnedVersion: text().notNull(),
    enabled: boolean().notNull().default(true),
    enabledAt: timestamp({ withTimezone: true }),
    enabledBy: uuid().references(() => users.id),
    overlayOperations: jsonb().notNull().default(sql`'[]'::jsonb`),
    /** the plugin version the overlay was last edited against */
    overlayBasedOn: text(),
    /** bumped on every overlay write: optimistic concurrency for the editor */
    overlayVersion: integer().notNull().default(0),
    overlayUpdatedAt: timestamp({ withTimezone: true }),
    overlayUpdatedBy: uuid().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tenant_service_lines_tenant_plugin_key').on(t.tenantId, t.pluginId)],
);

/** A data-only plugin a tenant admin uploaded (JSON or YAML); visible to that tenant only. Tenant table. */
export const tenantDataPlugins = pgTable(
  'tenant_data_plugins',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    pluginId: text().notNull(),
    version: text().notNull(),
    /** 'json' | 'yaml' */
    format: text().notNull(),
    /** the uploaded text, as uploaded */
    sourceText: text().notNull(),
    /** the validated plugin as data */
    content: jsonb().notNull(),
    contentHash: text().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tenant_data_plugins_tenant_plugin_version_key').on(t.tenantId, t.pluginId, t.version),
    index('tenant_data_plugins_tenant_idx').on(t.tenantId),
  ],
);
