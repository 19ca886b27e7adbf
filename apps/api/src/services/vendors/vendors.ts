import { assertCreditCode, ConflictError, NotFoundError, validityOn } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { expiryWarningDays, type SupervisionCtx, tenantToday } from '../contracts/context.ts';
import { boundVendorOf, contractVisible, listGrantsOf } from '../contracts/visibility.ts';

const { vendors, contracts, vendorQualifications, vendorStaff, staffCertificates } = schema;

export type VendorRow = typeof vendors.$inferSelect;

export interface VendorFields {
  legalName: string;
  creditCode: string;
  address: string;
  contacts: schema.VendorContact[];
  status: 'active' | 'suspended' | 'exited';
}

export const vendorOut = (v: VendorRow) => ({
  id: v.id,
  legalName: v.legalName,
  creditCode: v.creditCode,
  address: v.address,
  contacts: v.contacts,
  status: v.status,
  createdAt: v.createdAt,
});

/**
 * The vendor ids the caller may see, or null for all of the tenant's: a contractor its own vendor, a
 * grant holder the vendors (and general contractors) of the contracts its grants cover.
 */
export async function visibleVendorIds(ctx: SupervisionCtx): Promise<string[] | null> {
  const bound = boundVendorOf(ctx, 'vendors.read');
  if (bound !== null) return [bound];
  if (!listGrantsOf(ctx)) return null;
  const rows = await ctx.tx
    .select({
      id: contracts.id,
      vendorId: contracts.vendorId,
      generalContractorId: contracts.generalContractorId,
      serviceLineIds: contracts.serviceLineIds,
      siteIds: contracts.siteIds,
    })
    .from(contracts)
    .where(tenantFilter(contracts.tenantId, ctx.scope.tenantId));
  const ids = new Set<string>();
  for (const c of rows.filter((r) => contractVisible(ctx, 'contracts.read', r))) {
    ids.add(c.vendorId);
    if (c.generalContractorId) ids.add(c.generalContractorId);
  }
  return [...ids];
}

/** Counts of expired and expiring-soon permits per vendor (active staff only), for list badges. */
async function permitAlerts(ctx: SupervisionCtx, vendorIds: string[]) {
  const out = new Map<string, { expired: number; expiring: number }>();
  if (vendorIds.length === 0) return out;
  const today = tenantToday(ctx);
  const days = expiryWarningDays(ctx);
  const quals = await ctx.tx
    .select({ vendorId: vendorQualifications.vendorId, validUntil: vendorQualifications.validUntil })
    .from(vendorQualifications)
    .where(
      and(
        tenantFilter(vendorQualifications.tenantId, ctx.scope.tenantId),
        inArray(vendorQualifications.vendorId, vendorIds),
      ),
    );
  const certs = await ctx.tx
    .select({ vendorId: vendorStaff.vendorId, validUntil: staffCertificates.validUntil })
    .from(staffCertificates)
    .innerJoin(vendorStaff, eq(vendorStaff.id, staffCertificates.staffId))
    .where(
      and(
        tenantFilter(staffCertificates.tenantId, ctx.scope.tenantId),
        tenantFilter(vendorStaff.tenantId, ctx.scope.tenantId),
        inArray(vendorStaff.vendorId, vendorIds),
        eq(vendorStaff.active, 'yes'),
      ),
    );
  for (const row of [...quals, ...certs]) {
    const { status } = validityOn(row.validUntil, today, days);
    const counts = out.get(row.vendorId) ?? { expired: 0, expiring: 0 };
    if (status === 'expired') counts.expired++;
    if (status === 'expiring') counts.expiring++;
    out.set(row.vendorId, counts);
  }
  return out;
}

export async function listVendors(ctx: SupervisionCtx, filter: { status?: string | undefined }) {
  const visible = await visibleVendorIds(ctx);
  if (visible && visible.length === 0) return [];
  const rows = await ctx.tx
    .select()
    .from(vendors)
    .where(
      and(
        tenantFilter(vendors.tenantId, ctx.scope.tenantId),
        visible ? inArray(vendors.id, visible) : undefined,
        filter.status ? eq(vendors.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(vendors.legalName));
  const alerts = await permitAlerts(
    ctx,
    rows.map((r) => r.id),
  );
  const contractRows = rows.length
    ? await ctx.tx
        .select({ vendorId: contracts.vendorId, gc: contracts.generalContractorId, status: contracts.status })
        .from(contracts)
        .where(
          and(
            tenantFilter(contracts.tenantId, ctx.scope.tenantId),
            or(
              inArray(
                contracts.vendorId,
                rows.map((r) => r.id),
              ),
              inArray(
                contracts.generalContractorId,
                rows.map((r) => r.id),
              ),
            ),
          ),
        )
    : [];
  return rows.map((v) => ({
    ...vendorOut(v),
    alerts: alerts.get(v.id) ?? { expired: 0, expiring: 0 },
    activeContracts: contractRows.filter((c) => c.vendorId === v.id && c.status === 'active').length,
    generalContractorOf: contractRows.filter((c) => c.gc === v.id && c.status === 'active').length,
  }));
}

/** One vendor the caller may see, or NotFound (a vendor outside a contractor's reach looks absent). */
export async function findVisibleVendor(ctx: SupervisionCtx, id: string): Promise<VendorRow> {
  const [row] = await ctx.tx
    .select()
    .from(vendors)
    .where(and(tenantFilter(vendors.tenantId, ctx.scope.tenantId), eq(vendors.id, id)));
  if (!row) throw new NotFoundError();
  const visible = await visibleVendorIds(ctx);
  if (visible && !visible.includes(row.id)) throw new NotFoundError();
  return row;
}

export async function createVendor(ctx: SupervisionCtx, input: VendorFields) {
  const creditCode = assertCreditCode(input.creditCode);
  const [row] = await ctx.tx
    .insert(vendors)
    .values({ ...input, creditCode, tenantId: ctx.scope.tenantId })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ConflictError('vendor.credit_code_taken', { code: creditCode });
  const after = vendorOut(row);
  await ctx.audit({ action: 'vendor.create', entity: 'vendor', entityId: row.id, after });
  return after;
}

export async function updateVendor(ctx: SupervisionCtx, id: string, changes: Partial<VendorFields>) {
  const where = and(tenantFilter(vendors.tenantId, ctx.scope.tenantId), eq(vendors.id, id));
  const [before] = await ctx.tx.select().from(vendors).where(where);
  if (!before) throw new NotFoundError();
  const values = {
    ...changes,
    ...(changes.creditCode !== undefined ? { creditCode: assertCreditCode(changes.creditCode) } : {}),
  };
  if (values.creditCode && values.creditCode !== before.creditCode) {
    const [taken] = await ctx.tx
      .select({ id: vendors.id })
      .from(vendors)
      .where(
        and(tenantFilter(vendors.tenantId, ctx.scope.tenantId), eq(vendors.creditCode, values.creditCode)),
      );
    if (taken) throw new ConflictError('vendor.credit_code_taken', { code: values.creditCode });
  }
  const [after] = await ctx.tx.update(vendors).set(values).where(where).returning();
  await ctx.audit({
    action: 'vendor.update',
    entity: 'vendor',
    entityId: id,
    before: vendorOut(before),
    after: vendorOut(after!),
  });
  return vendorOut(after!);
}
