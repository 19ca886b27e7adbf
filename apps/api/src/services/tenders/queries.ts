import { schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { contractFor } from '../scores/service.ts';
import { retenderDateFor } from './outcome.ts';

const { tenders, tenderBids, vendors, consequences } = schema;

/**
 * A contract's re-tenders, newest first, each with its bidders, winner and the consequence its award led
 * to (the incumbent's exit proposal and how far its decision went); the contract's re-tender flags; and
 * the re-tender date a new tender would answer.
 */
export async function contractTenders(ctx: SupervisionCtx, contractId: string) {
  const contract = await contractFor(ctx, contractId, 'tenders.read');
  const rows = await ctx.tx
    .select()
    .from(tenders)
    .where(and(tenantFilter(tenders.tenantId, ctx.scope.tenantId), eq(tenders.contractId, contractId)))
    .orderBy(desc(tenders.openedAt));
  const ids = rows.map((r) => r.id);
  const bids = ids.length
    ? await ctx.tx
        .select({ bid: tenderBids, vendorName: vendors.legalName })
        .from(tenderBids)
        .innerJoin(vendors, eq(vendors.id, tenderBids.vendorId))
        .where(and(tenantFilter(tenderBids.tenantId, ctx.scope.tenantId), inArray(tenderBids.tenderId, ids)))
        .orderBy(asc(tenderBids.recordedAt))
    : [];
  const outcomes = await ctx.tx
    .select({
      id: consequences.id,
      key: consequences.key,
      kind: consequences.kind,
      status: consequences.status,
      period: consequences.period,
    })
    .from(consequences)
    .where(
      and(
        tenantFilter(consequences.tenantId, ctx.scope.tenantId),
        eq(consequences.contractId, contractId),
        inArray(consequences.kind, ['retender', 'exit']),
      ),
    );
  const exitOf = (tenderId: string) =>
    outcomes.find((o) => o.key === `exit:retender:${contractId}:${tenderId}`) ?? null;
  return {
    contractId,
    incumbentVendorId: contract.vendorId,
    endsOn: contract.endsOn,
    nextDueOn: await retenderDateFor(ctx, contract),
    flags: outcomes.filter((o) => o.kind === 'retender'),
    tenders: rows.map((t) => {
      const mine = bids.filter((b) => b.bid.tenderId === t.id);
      return {
        ...t,
        bids: mine.map((b) => ({ ...b.bid, vendorName: b.vendorName })),
        winnerName: mine.find((b) => b.bid.vendorId === t.winnerVendorId)?.vendorName ?? null,
        incumbentWon: t.status === 'awarded' ? t.winnerVendorId === t.incumbentVendorId : null,
        exit: exitOf(t.id),
      };
    }),
  };
}
