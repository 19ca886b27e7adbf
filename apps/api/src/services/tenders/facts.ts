import type { TenderFact } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, asc, eq } from 'drizzle-orm';

const { tenders, tenderBids, vendors } = schema;

/**
 * A contract's tenders as the consequence engine sees them (R22): status, the re-tender date each answers,
 * and for an award the winner, its bid and the award notice's reference.
 */
export async function tenderFacts(tx: Database, tenantId: string, contractId: string): Promise<TenderFact[]> {
  const rows = await tx
    .select({ t: tenders, winnerName: vendors.legalName, bidId: tenderBids.id })
    .from(tenders)
    .leftJoin(vendors, eq(vendors.id, tenders.winnerVendorId))
    .leftJoin(
      tenderBids,
      and(eq(tenderBids.tenderId, tenders.id), eq(tenderBids.vendorId, tenders.winnerVendorId)),
    )
    .where(and(tenantFilter(tenders.tenantId, tenantId), eq(tenders.contractId, contractId)))
    .orderBy(asc(tenders.openedAt));
  return rows.map(({ t, winnerName, bidId }) => ({
    id: t.id,
    status: t.status as TenderFact['status'],
    ...(t.dueOn ? { dueDate: t.dueOn } : {}),
    ...(t.winnerVendorId ? { winnerVendorId: t.winnerVendorId } : {}),
    ...(winnerName ? { winnerName } : {}),
    ...(bidId ? { winnerBidId: bidId } : {}),
    ...(t.awardedOn ? { awardedOn: t.awardedOn } : {}),
    ...(t.awardReference ? { awardReference: t.awardReference } : {}),
    ...(t.handoverUntil ? { handoverUntil: t.handoverUntil } : {}),
  }));
}
