import { addDays, validityOn } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import { expiryWarningDays, type SupervisionCtx, tenantToday } from '../contracts/context.ts';
import { visibleVendorIds } from './vendors.ts';

const { vendors, vendorQualifications, vendorStaff, staffCertificates } = schema;

/**
 * Every licence, qualification and active staff member's certificate that has lapsed or lapses within the
 * warning horizon (the tenant's, or `withinDays`), soonest first, measured in the tenant's calendar.
 */
export async function expiringPermits(ctx: SupervisionCtx, withinDays?: number) {
  const today = tenantToday(ctx);
  const days = withinDays ?? expiryWarningDays(ctx);
  const horizon = addDays(today, days);
  const visible = await visibleVendorIds(ctx);
  if (visible && visible.length === 0) return { today, warningDays: days, items: [] };
  const quals = await ctx.tx
    .select({
      id: vendorQualifications.id,
      vendorId: vendors.id,
      vendorName: vendors.legalName,
      kind: vendorQualifications.kind,
      number: vendorQualifications.number,
      validUntil: vendorQualifications.validUntil,
    })
    .from(vendorQualifications)
    .innerJoin(vendors, eq(vendors.id, vendorQualifications.vendorId))
    .where(
      and(
        tenantFilter(vendorQualifications.tenantId, ctx.scope.tenantId),
        tenantFilter(vendors.tenantId, ctx.scope.tenantId),
        isNotNull(vendorQualifications.validUntil),
        lte(vendorQualifications.validUntil, horizon),
        visible ? inArray(vendors.id, visible) : undefined,
      ),
    );
  const certs = await ctx.tx
    .select({
      id: staffCertificates.id,
      vendorId: vendors.id,
      vendorName: vendors.legalName,
      staffId: vendorStaff.id,
      staffName: vendorStaff.name,
      job: vendorStaff.job,
      kind: staffCertificates.kind,
      number: staffCertificates.number,
      validUntil: staffCertificates.validUntil,
    })
    .from(staffCertificates)
    .innerJoin(vendorStaff, eq(vendorStaff.id, staffCertificates.staffId))
    .innerJoin(vendors, eq(vendors.id, vendorStaff.vendorId))
    .where(
      and(
        tenantFilter(staffCertificates.tenantId, ctx.scope.tenantId),
        tenantFilter(vendorStaff.tenantId, ctx.scope.tenantId),
        tenantFilter(vendors.tenantId, ctx.scope.tenantId),
        eq(vendorStaff.active, 'yes'),
        isNotNull(staffCertificates.validUntil),
        lte(staffCertificates.validUntil, horizon),
        visible ? inArray(vendors.id, visible) : undefined,
      ),
    )
    .orderBy(asc(staffCertificates.validUntil));
  const items = [
    ...quals.map((q) => ({
      ...q,
      subject: 'qualification' as const,
      staffId: null,
      staffName: null,
      job: null,
    })),
    ...certs.map((c) => ({ ...c, subject: 'certificate' as const })),
  ]
    .map((item) => ({ ...item, validity: validityOn(item.validUntil, today, days) }))
    .sort((a, b) => (a.validUntil! < b.validUntil! ? -1 : a.validUntil! > b.validUntil! ? 1 : 0));
  return { today, warningDays: days, items };
}
