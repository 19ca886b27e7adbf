import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { contracts } from './contracts.ts';
import { sites } from './sites.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

const tenantRef = () =>
  uuid()
    .notNull()
    .references(() => tenants.id, { onDelete: 'cascade' });

/**
 * A scheduled inspection generated from a plugin cadence and the working calendar. `key` is
 * deterministic (cadence × contract × site × period), so the scheduler can run any number of times.
 */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    key: text().notNull(),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    /** null for a vendor-scope (block) inspection */
    serviceLineId: text(),
    siteId: uuid().references(() => sites.id),
    /** 'patrol' | 'joint' | 'leadership' | 'spot' | 'self' | 'external' */
    kind: text().notNull(),
    /** 'line' (条检) | 'vendor' (块检) */
    scope: text().notNull(),
    pluginId: text().notNull(),
    templateCode: text().notNull(),
    cadenceCode: text(),
    periodStart: date().notNull(),
    dueOn: date().notNull(),
    warnFrom: date(),
    assigneeUserId: uuid().references(() => users.id),
    /** spot checks: the sampled item codes */
    sampledItemCodes: text().array(),
    /** 'planned' | 'done' | 'missed' | 'cancelled' */
    status: text().notNull().default('planned'),
    inspectionId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('inspection_plans_tenant_key').on(t.tenantId, t.key),
    index('inspection_plans_due_idx').on(t.tenantId, t.status, t.dueOn),
    index('inspection_plans_assignee_idx').on(t.tenantId, t.assigneeUserId, t.dueOn),
  ],
);

/** The exact template an inspection used (after the tenant's overlay), kept once per content hash. */
export const templateSnapshots = pgTable(
  'template_snapshots',
  {
    tenantId: tenantRef(),
    hash: text().notNull(),
    pluginId: text().notNull(),
    pluginVersion: text().notNull(),
    templateCode: text().notNull(),
    content: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('template_snapshots_key').on(t.tenantId, t.hash)],
);

/**
 * One performed inspection (检查记录). Immutable once submitted: a correction is a new inspection whose
 * `correctsInspectionId` points to the one it replaces. `clientSubmissionId` makes submission idempotent.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    planId: uuid().references(() => inspectionPlans.id),
    contractId: uuid()
      .notNull()
      .references(() => contracts.id),
    serviceLineId: text(),
    siteId: uuid().references(() => sites.id),
    kind: text().notNull(),
    scope: text().notNull(),
    /** 'internal' | 'external' | 'self' — external and self results are marked with their source */
    source: text().notNull(),
    /** for external inspections: the plugin's external inspection type code and what the inspector recorded */
    externalTypeCode: text(),
    externalRecord: jsonb().$type<Record<string, unknown>>(),
    certificateValidUntil: date(),
    pluginId: text().notNull(),
    pluginVersion: text().notNull(),
    templateCode: text().notNull(),
    templateHash: text().notNull(),
    /** 'draft' | 'submitted' */
    status: text().notNull().default('draft'),
    notes: text().notNull().default(''),
    inspectorUserId: uuid()
      .notNull()
      .references(() => users.id),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    submittedAt: timestamp({ withTimezone: true }),
    /** the device's clock when the inspection was done (offline capture), beside the server's */
    deviceCapturedAt: timestamp({ withTimezone: true }),
    clientSubmissionId: text(),
    correctsInspectionId: uuid(),
    /** the calendar day the inspection counts for, in the tenant's time zone */
    inspectedOn: date().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('inspections_contract_day_idx').on(t.tenantId, t.contractId, t.inspectedOn),
    // Scoring asks which of a month's inspections were corrected: without it, every correction in history.
    index('inspections_corrects_idx')
      .on(t.tenantId, t.correctsInspectionId)
      .where(sql`${t.correctsInspectionId} is not null`),
    uniqueIndex('inspections_client_submission_key')
      .on(t.tenantId, t.clientSubmissionId)
      .where(sql`${t.clientSubmissionId} is not null`),
  ],
);

/** Parties to a joint (block) inspection, each of whom signs (R12, R13). */
export const inspectionParticipants = pgTable(
  'inspection_participants',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** 'supervision' | 'general_contractor' | 'department' | 'leader' | 'vendor' */
    party: text().notNull(),
    signedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('inspection_participants_key').on(t.tenantId, t.inspectionId, t.userId)],
);

/** Per checklist item: conform / nonconform (a finding, with its deduction) / N/A. */
export const inspectionResults = pgTable(
  'inspection_results',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id),
    itemCode: text().notNull(),
    /** 'conform' | 'nonconform' | 'na' */
    result: text().notNull(),
    /** 'general' | 'major' (copied from the template snapshot) */
    severity: text().notNull(),
    /** points × 100 taken off for a nonconformity, within the item's bounds */
    deductionCenti: integer().notNull().default(0),
    measurement: doublePrecision(),
    note: text().notNull().default(''),
  },
  (t) => [uniqueIndex('inspection_results_item_key').on(t.tenantId, t.inspectionId, t.itemCode)],
);

/** Photos, documents and measurements behind a result or a rectification answer, with their SHA-256. */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    inspectionId: uuid().references(() => inspections.id),
    itemCode: text(),
    rectificationId: uuid(),
    /** 'photo' | 'document' */
    kind: text().notNull(),
    blobKey: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    originalName: text().notNull().default(''),
    capturedAt: timestamp({ withTimezone: true }),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    index('evidence_inspection_idx').on(t.tenantId, t.inspectionId),
    index('evidence_rectification_idx').on(t.tenantId, t.rectificationId),
  ],
);
