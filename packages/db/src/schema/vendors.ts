import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

export interface VendorContact {
  name: string;
  role: string;
  phone: string;
  email?: string;
}

/**
 * A company providing a service (服务企业 / 承包单位). Admission and tendering (R1, R5) will add their own
 * tables keyed by vendor; `status` already leaves room for them. Tenant table.
 */
export const vendors = pgTable(
  'vendors',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    legalName: text().notNull(),
    /** 统一社会信用代码, validated with its check characters (GB 32100-2015). */
    creditCode: text().notNull(),
    address: text().notNull().default(''),
    contacts: jsonb().$type<VendorContact[]>().notNull().default(sql`'[]'::jsonb`),
    /** 'active' | 'suspended' | 'exited' (later: 'applicant' during admission) */
    status: text().notNull().default('active'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('vendors_tenant_credit_code_key').on(t.tenantId, t.creditCode)],
);

/** Licences and qualifications (资质 / 证照) with validity (R1). Tenant table. */
export const vendorQualifications = pgTable(
  'vendor_qualifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    vendorId: uuid()
      .notNull()
      .references(() => vendors.id, { onDelete: 'cascade' }),
    /** e.g. 'business_licence', 'security_service_licence', 'food_operation_licence', 'elevator_maintenance', 'fire_technical_service' */
    kind: text().notNull(),
    number: text().notNull(),
    issuer: text().notNull().default(''),
    /** the service line this qualification is for, if any (plugin id) */
    serviceLineId: text(),
    validFrom: date(),
    validUntil: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vendor_qualifications_vendor_idx').on(t.tenantId, t.vendorId)],
);

/** A vendor's staff member on site (R3). Tenant table. */
export const vendorStaff = pgTable(
  'vendor_staff',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    vendorId: uuid()
      .notNull()
      .references(() => vendors.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    job: text().notNull(),
    phone: text().notNull().default(''),
    active: text().notNull().default('yes'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('vendor_staff_vendor_idx').on(t.tenantId, t.vendorId)],
);

/** 上岗证 / 健康证 and other staff certificates with expiry (R3, 食品安全法 art. 45). Tenant table. */
export const staffCertificates = pgTable(
  'staff_certificates',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    staffId: uuid()
      .notNull()
      .references(() => vendorStaff.id, { onDelete: 'cascade' }),
    /** 'job' | 'health' | 'guard' | 'special_equipment' | 'fire_operator' | … */
    kind: text().notNull(),
    number: text().notNull().default(''),
    validUntil: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staff_certificates_staff_idx').on(t.tenantId, t.staffId)],
);
