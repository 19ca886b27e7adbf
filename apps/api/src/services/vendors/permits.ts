import { compareDates, NotFoundError, ValidationError, validityOn } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { expiryWarningDays, type SupervisionCtx, tenantToday } from '../contracts/context.ts';

const { vendors, vendorQualifications, vendorStaff, staffCertificates } = schema;

export interface QualificationFields {
  kind: string;
  number: string;
  issuer: string;
  serviceLineId: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface StaffFields {
  name: string;
  job: string;
  phone: string;
  active: boolean;
}

export interface CertificateFields {
  kind: string;
  number: string;
  validUntil: string | null;
}

function checkValidity(f: { validFrom?: string | null; validUntil?: string | null }) {
  if (f.validFrom && f.validUntil && compareDates(f.validUntil, f.validFrom) < 0)
    throw new ValidationError({ validUntil: ['vendor.valid_until_before_from'] });
}

async function requireVendor(ctx: SupervisionCtx, vendorId: string) {
  const [v] = await ctx.tx
    .select({ id: vendors.id })
    .from(vendors)
    .where(and(tenantFilter(vendors.tenantId, ctx.scope.tenantId), eq(vendors.id, vendorId)));
  if (!v) throw new NotFoundError();
}

const qualWhere = (ctx: SupervisionCtx, id: string) =>
  and(tenantFilter(vendorQualifications.tenantId, ctx.scope.tenantId), eq(vendorQualifications.id, id));

export async function addQualification(ctx: SupervisionCtx, vendorId: string, f: QualificationFields) {
  checkValidity(f);
  await requireVendor(ctx, vendorId);
  const [row] = await ctx.tx
    .insert(vendorQualifications)
    .values({ ...f, vendorId, tenantId: ctx.scope.tenantId })
    .returning();
  await ctx.audit({
    action: 'vendor.qualification.add',
    entity: 'vendor_qualification',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

export async function updateQualification(ctx: SupervisionCtx, id: string, f: Partial<QualificationFields>) {
  const [before] = await ctx.tx.select().from(vendorQualifications).where(qualWhere(ctx, id));
  if (!before) throw new NotFoundError();
  checkValidity({ ...before, ...f });
  const [after] = await ctx.tx.update(vendorQualifications).set(f).where(qualWhere(ctx, id)).returning();
  await ctx.audit({
    action: 'vendor.qualification.update',
    entity: 'vendor_qualification',
    entityId: id,
    before,
    after,
  });
  return after!;
}

const staffWhere = (ctx: SupervisionCtx, id: string) =>
  and(tenantFilter(vendorStaff.tenantId, ctx.scope.tenantId), eq(vendorStaff.id, id));

const staffValues = (f: Partial<StaffFields>) => {
  const { active, ...rest } = f;
  return active === undefined ? rest : { ...rest, active: active ? 'yes' : 'no' };
};

export async function addStaff(ctx: SupervisionCtx, vendorId: string, f: StaffFields) {
  await requireVendor(ctx, vendorId);
  const [row] = await ctx.tx
    .insert(vendorStaff)
    .values({ ...staffValues(f), name: f.name, job: f.job, vendorId, tenantId: ctx.scope.tenantId })
    .returning();
  await ctx.audit({ action: 'vendor.staff.add', entity: 'vendor_staff', entityId: row!.id, after: row });
  return row!;
}

export async function updateStaff(ctx: SupervisionCtx, id: string, f: Partial<StaffFields>) {
  const [before] = await ctx.tx.select().from(vendorStaff).where(staffWhere(ctx, id));
  if (!before) throw new NotFoundError();
  const [after] = await ctx.tx.update(vendorStaff).set(staffValues(f)).where(staffWhere(ctx, id)).returning();
  await ctx.audit({ action: 'vendor.staff.update', entity: 'vendor_staff', entityId: id, before, after });
  return after!;
}

const certWhere = (ctx: SupervisionCtx, id: string) =>
  and(tenantFilter(staffCertificates.tenantId, ctx.scope.tenantId), eq(staffCertificates.id, id));

export async function addCertificate(ctx: SupervisionCtx, staffId: string, f: CertificateFields) {
  const [staff] = await ctx.tx
    .select({ id: vendorStaff.id })
    .from(vendorStaff)
    .where(staffWhere(ctx, staffId));
  if (!staff) throw new NotFoundError();
  const [row] = await ctx.tx
    .insert(staffCertificates)
    .values({ ...f, staffId, tenantId: ctx.scope.tenantId })
    .returning();
  await ctx.audit({
    action: 'vendor.certificate.add',
    entity: 'staff_certificate',
    entityId: row!.id,
    after: row,
  });
  return row!;
}

export async function updateCertificate(ctx: SupervisionCtx, id: string, f: Partial<CertificateFields>) {
  const [before] = await ctx.tx.select().from(staffCertificates).where(certWhere(ctx, id));
  if (!before) throw new NotFoundError();
  const [after] = await ctx.tx.update(staffCertificates).set(f).where(certWhere(ctx, id)).returning();
  await ctx.audit({
    action: 'vendor.certificate.update',
    entity: 'staff_certificate',
    entityId: id,
    before,
    after,
  });
  return after!;
}

/** A vendor's qualifications and staff with their certificates, each with its validity as of today. */
export async function vendorPermits(ctx: SupervisionCtx, vendorId: string) {
  const today = tenantToday(ctx);
  const days = expiryWarningDays(ctx);
  const quals = await ctx.tx
    .select()
    .from(vendorQualifications)
    .where(
      and(
        tenantFilter(vendorQualifications.tenantId, ctx.scope.tenantId),
        eq(vendorQualifications.vendorId, vendorId),
      ),
    )
    .orderBy(asc(vendorQualifications.validUntil));
  const staff = await ctx.tx
    .select()
    .from(vendorStaff)
    .where(and(tenantFilter(vendorStaff.tenantId, ctx.scope.tenantId), eq(vendorStaff.vendorId, vendorId)))
    .orderBy(asc(vendorStaff.name));
  const certs = staff.length
    ? await ctx.tx
        .select()
        .from(staffCertificates)
        .where(
          and(
            tenantFilter(staffCertificates.tenantId, ctx.scope.tenantId),
            inArray(
              staffCertificates.staffId,
              staff.map((s) => s.id),
            ),
          ),
        )
        .orderBy(asc(staffCertificates.validUntil))
    : [];
  return {
    today,
    warningDays: days,
    qualifications: quals.map((q) => ({
      id: q.id,
      kind: q.kind,
      number: q.number,
      issuer: q.issuer,
      serviceLineId: q.serviceLineId,
      validFrom: q.validFrom,
      validUntil: q.validUntil,
      validity: validityOn(q.validUntil, today, days),
    })),
    staff: staff.map((s) => ({
      id: s.id,
      name: s.name,
      job: s.job,
      phone: s.phone,
      active: s.active === 'yes',
      certificates: certs
        .filter((c) => c.staffId === s.id)
        .map((c) => ({
          id: c.id,
          kind: c.kind,
          number: c.number,
          validUntil: c.validUntil,
          validity: validityOn(c.validUntil, today, days),
        })),
    })),
  };
}
