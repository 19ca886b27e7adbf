import { ConflictError, compareDates, localDate, NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq, ne } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { contractFor } from '../scores/service.ts';
import type { AwardInput, BidInput, OpenTenderInput } from './input.ts';
import { proposeTenderOutcome, retenderDateFor } from './outcome.ts';

const { tenders, tenderBids, consequences, vendors } = schema;

/** A tender of this tenant with its contract, the caller authorized for the contract. */
export async function loadTender(
  ctx: SupervisionCtx,
  id: string,
  permission: 'tenders.read' | 'tenders.manage',
) {
  const [tender] = await ctx.tx
    .select()
    .from(tenders)
    .where(and(tenantFilter(tenders.tenantId, ctx.scope.tenantId), eq(tenders.id, id)));
  if (!tender) throw new NotFoundError();
  const contract = await contractFor(ctx, tender.contractId, permission);
  return { tender, contract };
}

const mustBeOpen = (t: { status: string }) => {
  if (t.status !== 'open') throw new ConflictError('tender.not_open');
};

/**
 * R22: opens the re-tender of a contract for one re-tender date (the flag's, else the earliest reached or
 * the next). One live tender per contract and date: opening it again returns the one already open.
 */
export async function openTender(ctx: SupervisionCtx, input: OpenTenderInput) {
  const contract = await contractFor(ctx, input.contractId, 'tenders.manage');
  if (contract.status !== 'active') throw new ConflictError('tender.contract_not_active');
  let dueOn = input.dueOn;
  if (input.flagConsequenceId) {
    const [flag] = await ctx.tx
      .select()
      .from(consequences)
      .where(
        and(
          tenantFilter(consequences.tenantId, ctx.scope.tenantId),
          eq(consequences.id, input.flagConsequenceId),
        ),
      );
    if (!flag || flag.contractId !== contract.id || flag.kind !== 'retender') {
      throw new ValidationError({ flagConsequenceId: ['tender.flag_mismatch'] });
    }
    dueOn ??= flag.period ?? undefined;
  }
  dueOn ??= (await retenderDateFor(ctx, contract)) ?? undefined;
  const today = localDate(ctx.now.getTime(), ctx.tenant.timeZone);
  const openedOn = input.openedOn ?? today;
  if (compareDates(openedOn, today) > 0) throw new ValidationError({ openedOn: ['tender.date_in_future'] });
  if (input.closesOn && compareDates(input.closesOn, openedOn) < 0) {
    throw new ValidationError({ closesOn: ['tender.closes_before_opened'] });
  }
  const live = await ctx.tx
    .select()
    .from(tenders)
    .where(
      and(
        tenantFilter(tenders.tenantId, ctx.scope.tenantId),
        eq(tenders.contractId, contract.id),
        ne(tenders.status, 'cancelled'),
      ),
    );
  const existing = live.find((t) => (t.dueOn ?? null) === (dueOn ?? null));
  if (existing) return existing;
  const [row] = await ctx.tx
    .insert(tenders)
    .values({
      tenantId: ctx.scope.tenantId,
      kind: 'retender',
      contractId: contract.id,
      incumbentVendorId: contract.vendorId,
      dueOn: dueOn ?? null,
      flagConsequenceId: input.flagConsequenceId ?? null,
      title: input.title || `${contract.code} ${contract.title}`,
      openedOn,
      closesOn: input.closesOn ?? null,
      notes: input.notes,
      openedBy: ctx.scope.userId,
      openedAt: ctx.now,
    })
    .returning();
  await ctx.audit({ action: 'tender.open', entity: 'tender', entityId: row!.id, after: row });
  return row!;
}

/** Records a bidder (or updates its bid) while the tender is open. */
export async function recordBid(ctx: SupervisionCtx, input: BidInput) {
  const { tender } = await loadTender(ctx, input.tenderId, 'tenders.manage');
  mustBeOpen(tender);
  const [vendor] = await ctx.tx
    .select({ id: vendors.id })
    .from(vendors)
    .where(and(tenantFilter(vendors.tenantId, ctx.scope.tenantId), eq(vendors.id, input.vendorId)));
  if (!vendor) throw new ValidationError({ vendorId: ['tender.unknown_vendor'] });
  const values = {
    priceFen: input.priceFen,
    scoreCentipoints: input.scoreCentipoints,
    note: input.note,
    recordedBy: ctx.scope.userId,
    recordedAt: ctx.now,
  };
  const [bid] = await ctx.tx
    .insert(tenderBids)
    .values({ ...values, tenantId: ctx.scope.tenantId, tenderId: tender.id, vendorId: vendor.id })
    .onConflictDoUpdate({
      target: [tenderBids.tenantId, tenderBids.tenderId, tenderBids.vendorId],
      set: values,
    })
    .returning();
  await ctx.audit({ action: 'tender.bid', entity: 'tender', entityId: tender.id, after: bid });
  return bid!;
}

/**
 * The award (中标): the winner among the bidders and the award notice. The consequence engine's re-tender
 * rule then runs at once: another winner → the incumbent's exit proposal (two approvers, proposer excluded);
 * the incumbent → nothing. Repeating the same award returns it as it is.
 */
export async function awardTender(ctx: SupervisionCtx, input: AwardInput) {
  const { tender, contract } = await loadTender(ctx, input.tenderId, 'tenders.manage');
  const same =
    tender.status === 'awarded' &&
    tender.winnerVendorId === input.winnerVendorId &&
    tender.awardReference === input.awardReference;
  if (same) return { tender, proposals: [] };
  mustBeOpen(tender);
  const [bid] = await ctx.tx
    .select()
    .from(tenderBids)
    .where(
      and(
        tenantFilter(tenderBids.tenantId, ctx.scope.tenantId),
        eq(tenderBids.tenderId, tender.id),
        eq(tenderBids.vendorId, input.winnerVendorId),
      ),
    );
  if (!bid) throw new ValidationError({ winnerVendorId: ['tender.winner_not_bidder'] });
  if (compareDates(input.awardedOn, localDate(ctx.now.getTime(), ctx.tenant.timeZone)) > 0) {
    throw new ValidationError({ awardedOn: ['tender.date_in_future'] });
  }
  if (compareDates(input.awardedOn, tender.openedOn) < 0) {
    throw new ValidationError({ awardedOn: ['tender.awarded_before_opened'] });
  }
  if (input.handoverUntil && compareDates(input.handoverUntil, input.awardedOn) < 0) {
    throw new ValidationError({ handoverUntil: ['tender.handover_before_award'] });
  }
  const [row] = await ctx.tx
    .update(tenders)
    .set({
      status: 'awarded',
      winnerVendorId: input.winnerVendorId,
      awardedOn: input.awardedOn,
      awardReference: input.awardReference,
      handoverUntil: input.handoverUntil ?? null,
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      decidedBy: ctx.scope.userId,
      decidedAt: ctx.now,
      version: tender.version + 1,
    })
    .where(and(tenantFilter(tenders.tenantId, ctx.scope.tenantId), eq(tenders.id, tender.id)))
    .returning();
  await ctx.audit({
    action: 'tender.award',
    entity: 'tender',
    entityId: tender.id,
    before: { status: tender.status },
    after: {
      status: 'awarded',
      winnerVendorId: input.winnerVendorId,
      incumbentVendorId: contract.vendorId,
      awardReference: input.awardReference,
      awardedOn: input.awardedOn,
      handoverUntil: input.handoverUntil ?? null,
    },
  });
  const proposals = await proposeTenderOutcome(ctx, contract);
  return { tender: row!, proposals };
}

export async function cancelTender(ctx: SupervisionCtx, input: { tenderId: string; reason: string }) {
  const { tender } = await loadTender(ctx, input.tenderId, 'tenders.manage');
  if (tender.status === 'cancelled') return tender;
  mustBeOpen(tender);
  const [row] = await ctx.tx
    .update(tenders)
    .set({
      status: 'cancelled',
      cancelReason: input.reason,
      decidedBy: ctx.scope.userId,
      decidedAt: ctx.now,
      version: tender.version + 1,
    })
    .where(and(tenantFilter(tenders.tenantId, ctx.scope.tenantId), eq(tenders.id, tender.id)))
    .returning();
  await ctx.audit({
    action: 'tender.cancel',
    entity: 'tender',
    entityId: tender.id,
    before: { status: tender.status },
    after: { status: 'cancelled', reason: input.reason },
  });
  return row!;
}
