import {
  boolean,
  date,
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
import { vendors } from './vendors.ts';

/** A photo or document attached to a complaint step; the blob store holds the bytes. */
export interface ComplaintEvidence {
  key: string;
  sha256: string;
  contentType: string;
  size: number;
  /** the device's capture time, when it sent one (epoch ms) */
  capturedAt?: number;
}

/** A stretch during which the SLA clocks stop (waiting on the reporter); `to` absent = still paused. */
export interface ComplaintPause {
  from: number;
  to?: number;
}

/**
 * The tenant's public complaint form, addressed by a random key instead of the tenant's id: the key can be
 * rotated or the form switched off without touching the tenant. A second policy lets the public path find
 * the row by its key alone (`app.public_key`), before any tenant is set.
 */
export const complaintForms = pgTable(
  'complaint_forms',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    publicKey: text().notNull(),
    enabled: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    rotatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('complaint_forms_tenant_key').on(t.tenantId),
    uniqueIndex('complaint_forms_public_key').on(t.publicKey),
  ],
);

/**
 * 投诉 (R8, R15, R17): from the public form, the 110 hotline, a liaison officer or the joint meeting. Routed
 * to a contract and service line (the suggestion is kept beside the handler's choice), then 受理 →
 * 调查取证 → 责任追究 with deadlines on the tenant's working calendar. The tracking code is the reporter's
 * only key to it; a second policy lets the public tracking page find the row by that code alone.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    trackingCode: text().notNull(),
    /** client-generated: a retried submit finds the first one instead of creating a second */
    submissionId: uuid().notNull(),
    /** 'web' | 'hotline' | 'liaison' | 'joint_meeting' */
    channel: text().notNull(),
    anonymous: boolean().notNull().default(true),
    reporterUserId: uuid().references(() => users.id),
    reporterName: text(),
    reporterPhone: text(),
    /** who entered it (hotline operator, liaison officer, meeting secretary); null for the public form */
    recordedBy: uuid().references(() => users.id),
    meetingId: uuid().references(() => jointMeetings.id),
    siteId: uuid().references(() => sites.id),
    location: text().notNull().default(''),
    category: text().notNull(),
    description: text().notNull(),
    suggestedContractId: uuid().references(() => contracts.id),
    suggestedServiceLineId: text(),
    contractId: uuid().references(() => contracts.id),
    serviceLineId: text(),
    vendorId: uuid().references(() => vendors.id),
    /** set when a handler changed the routing from the suggestion */
    routedBy: uuid().references(() => users.id),
    routedAt: timestamp({ withTimezone: true }),
    /** 'received' | 'investigating' | 'correcting' | 'verifying' | 'confirming' | 'closed' | 'rejected' */
    status: text().notNull().default('received'),
    pauses: jsonb().$type<ComplaintPause[]>().notNull().default([]),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    correctionDueAt: timestamp({ withTimezone: true }),
    /** when the current correction round started (decision or reopening) */
    correctionStartedAt: timestamp({ withTimezone: true }),
    correctionReportedAt: timestamp({ withTimezone: true }),
    verifiedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    rejectReason: text(),
    substantiated: boolean(),
    responsibleVendorId: uuid().references(() => vendors.id),
    responsiblePerson: text(),
    /** centipoints deducted from the contract's monthly score (R20), with the month it counts in */
    deductionCenti: integer(),
    scoreMonth: text(),
    /** 'fixed' | 'not_fixed' from the tracking page */
    reporterFeedback: text(),
    reopenCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaints_tracking_code_key').on(t.trackingCode),
    uniqueIndex('complaints_submission_key').on(t.tenantId, t.submissionId),
    index('complaints_status_idx').on(t.tenantId, t.status, t.receivedAt),
    index('complaints_contract_idx').on(t.tenantId, t.contractId, t.scoreMonth),
    index('complaints_vendor_idx').on(t.tenantId, t.vendorId),
  ],
);

/**
 * The complaint's timeline: every step with its actor, server time, note and evidence. `publicNote` is the
 * only text the reporter's tracking page shows; `note` stays internal.
 */
export const complaintEvents = pgTable(
  'complaint_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    complaintId: uuid()
      .notNull()
      .references(() => complaints.id),
    kind: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorUserId: uuid().references(() => users.id),
    /** 'reporter' | 'staff' | 'vendor' | 'system' */
    actorKind: text().notNull(),
    note: text().notNull().default(''),
    publicNote: text(),
    evidence: jsonb().$type<ComplaintEvidence[]>().notNull().default([]),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('complaint_events_complaint_idx').on(t.tenantId, t.complaintId, t.at)],
);

/** One line of a joint meeting's agenda: a much-reported problem of the period, with its trend. */
export interface AgendaItem {
  serviceLineId: string | null;
  category: string;
  siteId: string | null;
  count: number;
  previousCount: number;
  note?: string;
}

/** 联席办公会 (R8): department leaders analyse the most reported problems; decisions become actions. */
export const jointMeetings = pgTable(
  'joint_meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    heldOn: date().notNull(),
    periodFrom: date().notNull(),
    periodTo: date().notNull(),
    attendees: jsonb().$type<string[]>().notNull().default([]),
    agenda: jsonb().$type<AgendaItem[]>().notNull().default([]),
    minutes: text().notNull().default(''),
    /** 'planned' | 'held' */
    status: text().notNull().default('planned'),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('joint_meetings_tenant_idx').on(t.tenantId, t.heldOn)],
);

/** A decision of a joint meeting, tracked as an action with an owner and a due date. */
export const meetingActions = pgTable(
  'meeting_actions',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    meetingId: uuid()
      .notNull()
      .references(() => jointMeetings.id),
    title: text().notNull(),
    ownerUserId: uuid().references(() => users.id),
    ownerName: text().notNull().default(''),
    dueOn: date().notNull(),
    /** 'open' | 'done' | 'cancelled' */
    status: text().notNull().default('open'),
    complaintId: uuid().references(() => complaints.id),
    doneAt: timestamp({ withTimezone: true }),
    doneNote: text(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_actions_meeting_idx').on(t.tenantId, t.meetingId)],
);

/**
 * Fixed-window counters for the public, unauthenticated endpoints (complaint form, tracking page), keyed
 * by purpose and IP or tenant. Not a tenant table: like the sign-in throttle, it is checked before any
 * tenant is known.
 */
export const publicRateLimits = pgTable('public_rate_limits', {
  key: text().primaryKey(),
  hits: integer().notNull(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
});
