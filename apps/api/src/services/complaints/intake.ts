import { toLocal, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { loadCategories } from './categories.ts';
import { newTrackingCode } from './codes.ts';
import type { ComplaintCtx } from './context.ts';
import { categoryMapping } from './policy.ts';
import { routeComplaint } from './route.ts';
import type { ComplaintEvidence } from './types.ts';

const { complaints, complaintEvents, contracts, sites } = schema;

export const CHANNELS = ['web', 'hotline', 'liaison', 'joint_meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The fields every channel shares. */
export const complaintFields = z.object({
  submissionId: z.uuid(),
  siteId: z.uuid().nullable().default(null),
  location: z.string().trim().max(200).default(''),
  category: z.string().trim().min(1).max(40),
  description: z.string().trim().min(5).max(2000),
});

export interface NewComplaint extends z.infer<typeof complaintFields> {
  channel: Channel;
  anonymous: boolean;
  reporterUserId?: string | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
  meetingId?: string | null;
  evidence?: ComplaintEvidence[];
}

export interface IntakeResult {
  id: string;
  trackingCode: string;
  /** true when this submission id had already been received: nothing new was created */
  duplicate: boolean;
}

/** The active contracts, as the router reads them. */
export async function routableContracts(ctx: Pick<ComplaintCtx, 'tx' | 'tenantId'>) {
  return ctx.tx
    .select({
      id: contracts.id,
      code: contracts.code,
      vendorId: contracts.vendorId,
      siteIds: contracts.siteIds,
      serviceLineIds: contracts.serviceLineIds,
      status: contracts.status,
      startsOn: contracts.startsOn,
      endsOn: contracts.endsOn,
    })
    .from(contracts)
    .where(tenantFilter(contracts.tenantId, ctx.tenantId));
}

/**
 * Receives a complaint from any channel: checks the site and category, routes it (kept as the suggestion
 * and as the current routing until a handler corrects it), stores it with its first timeline event and
 * audits it — all in the caller's transaction. A submission id seen before returns the first complaint.
 */
export async function receiveComplaint(ctx: ComplaintCtx, input: NewComplaint): Promise<IntakeResult> {
  const [existing] = await ctx.tx
    .select({ id: complaints.id, trackingCode: complaints.trackingCode })
    .from(complaints)
    .where(
      and(tenantFilter(complaints.tenantId, ctx.tenantId), eq(complaints.submissionId, input.submissionId)),
    );
  if (existing) return { ...existing, duplicate: true };

  const categories = await loadCategories(ctx);
  if (!categories.some((c) => c.code === input.category)) {
    throw new ValidationError({ category: ['complaint.category_unknown'] });
  }
  if (input.siteId) {
    const [site] = await ctx.tx
      .select({ id: sites.id })
      .from(sites)
      .where(and(tenantFilter(sites.tenantId, ctx.tenantId), eq(sites.id, input.siteId)));
    if (!site) throw new ValidationError({ siteId: ['complaint.site_unknown'] });
  }
  const day = toLocal(ctx.now.getTime(), ctx.tenant.timeZone).date;
  const route = routeComplaint(
    { siteId: input.siteId, category: input.category, day },
    categoryMapping(categories),
    await routableContracts(ctx),
  );

  for (let attempt = 0; attempt < 3; attempt++) {
    const trackingCode = newTrackingCode();
    const [row] = await ctx.tx
      .insert(complaints)
      .values({
        tenantId: ctx.tenantId,
        trackingCode,
        submissionId: input.submissionId,
        channel: input.channel,
        anonymous: input.anonymous,
        reporterUserId: input.reporterUserId ?? null,
        reporterName: input.anonymous ? null : (input.reporterName ?? null),
        reporterPhone: input.anonymous ? null : (input.reporterPhone ?? null),
        recordedBy: ctx.userId,
        meetingId: input.meetingId ?? null,
        siteId: input.siteId,
        location: input.location,
        category: input.category,
        description: input.description,
        suggestedContractId: route.contractId,
        suggestedServiceLineId: route.serviceLineId,
        contractId: route.contractId,
        serviceLineId: route.serviceLineId,
        vendorId: route.vendorId,
        status: 'received',
        receivedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning({ id: complaints.id, trackingCode: complaints.trackingCode });
    if (!row) {
      // Either a concurrent retry of the same submission won the race, or (rarely) the code was taken.
      const [raced] = await ctx.tx
        .select({ id: complaints.id, trackingCode: complaints.trackingCode })
        .from(complaints)
        .where(
          and(
            tenantFilter(complaints.tenantId, ctx.tenantId),
            eq(complaints.submissionId, input.submissionId),
          ),
        );
      if (raced) return { ...raced, duplicate: true };
      continue;
    }
    await ctx.tx.insert(complaintEvents).values({
      tenantId: ctx.tenantId,
      complaintId: row.id,
      kind: 'received',
      at: ctx.now,
      actorUserId: ctx.userId,
      actorKind: ctx.userId ? 'staff' : 'reporter',
      evidence: input.evidence ?? [],
      data: { channel: input.channel, route: route.reason, candidates: route.candidates },
    });
    await ctx.audit({
      action: 'complaint.receive',
      entity: 'complaint',
      entityId: row.id,
      after: {
        channel: input.channel,
        category: input.category,
        siteId: input.siteId,
        contractId: route.contractId,
        serviceLineId: route.serviceLineId,
        anonymous: input.anonymous,
        photos: (input.evidence ?? []).map((e) => e.sha256),
      },
    });
    return { ...row, duplicate: false };
  }
  throw new Error('could not allocate a tracking code');
}
