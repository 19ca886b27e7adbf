import { NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { complaintPolicyAt } from '../settings/complaint-history.ts';
import { tenantCalendar } from '../working-calendar.ts';
import { categoryLabel, loadCategories } from './categories.ts';
import type { ComplaintCtx } from './context.ts';
import { complaintClocks, isOverdue, isPaused } from './sla.ts';
import { type ComplaintRow, factsOf, loadComplaint, resourceOf } from './store.ts';

const { complaints, complaintEvents, contracts, sites, users, vendors } = schema;

export interface ComplaintFilters {
  status?: string[] | undefined;
  channel?: string | undefined;
  serviceLineId?: string | undefined;
  contractId?: string | undefined;
  overdue?: boolean | undefined;
  mine?: boolean | undefined;
}

/** Who may see which rows: a contractor only its vendor's, a grant holder only what its grants cover. */
export interface Visibility {
  vendorId: string | null;
  rowVisible?: (resource: ReturnType<typeof resourceOf>) => boolean;
  /** vendors never see who complained */
  hideReporter: boolean;
}

function reporterOf(row: ComplaintRow, hide: boolean) {
  if (hide || row.anonymous) return { anonymous: row.anonymous, name: null, phone: null };
  return { anonymous: false, name: row.reporterName, phone: row.reporterPhone };
}

export async function listComplaints(ctx: ComplaintCtx, filters: ComplaintFilters, vis: Visibility) {
  const where: SQL[] = [tenantFilter(complaints.tenantId, ctx.tenantId)];
  if (vis.vendorId) where.push(eq(complaints.vendorId, vis.vendorId));
  if (filters.status?.length) where.push(inArray(complaints.status, filters.status));
  if (filters.channel) where.push(eq(complaints.channel, filters.channel));
  if (filters.serviceLineId) where.push(eq(complaints.serviceLineId, filters.serviceLineId));
  if (filters.contractId) where.push(eq(complaints.contractId, filters.contractId));
  if (filters.mine && ctx.userId) where.push(eq(complaints.recordedBy, ctx.userId));
  const rows = await ctx.tx
    .select({ c: complaints, site: sites.name, contract: contracts.code })
    .from(complaints)
    .leftJoin(sites, eq(sites.id, complaints.siteId))
    .leftJoin(contracts, eq(contracts.id, complaints.contractId))
    .where(and(...where))
    .orderBy(desc(complaints.receivedAt))
    .limit(500);
  const categories = await loadCategories(ctx);
  const calendar = tenantCalendar(ctx.tenant);
  const now = ctx.now.getTime();
  return rows
    .filter((r) => !vis.rowVisible || vis.rowVisible(resourceOf(r.c)))
    .map((r) => {
      const clocks = complaintClocks(
        factsOf(r.c),
        complaintPolicyAt(ctx.tenant.settings, r.c.receivedAt),
        calendar,
        now,
      );
      const { zh, en } = categoryLabel(categories, r.c.category);
      return {
        id: r.c.id,
        trackingCode: r.c.trackingCode,
        channel: r.c.channel,
        status: r.c.status,
        category: { code: r.c.category, zh, en },
        serviceLineId: r.c.serviceLineId,
        contractId: r.c.contractId,
        contractCode: r.contract,
        site: r.site,
        location: r.c.location,
        summary: r.c.description.slice(0, 120),
        receivedAt: r.c.receivedAt.getTime(),
        paused: isPaused(r.c.pauses),
        overdue: isOverdue(clocks),
        substantiated: r.c.substantiated,
        deductionCenti: r.c.deductionCenti,
        reopenCount: r.c.reopenCount,
        clocks,
      };
    })
    .filter((r) => filters.overdue === undefined || r.overdue === filters.overdue);
}

export async function complaintDetail(ctx: ComplaintCtx, id: string, vis: Visibility) {
  const row = await loadComplaint(ctx, id);
  ctx.authorize?.('complaints.read', resourceOf(row));
  const events = await ctx.tx
    .select({ e: complaintEvents, actor: users.displayName })
    .from(complaintEvents)
    .leftJoin(users, eq(users.id, complaintEvents.actorUserId))
    .where(and(tenantFilter(complaintEvents.tenantId, ctx.tenantId), eq(complaintEvents.complaintId, id)))
    .orderBy(asc(complaintEvents.at));
  const name = async <T>(table: 'site' | 'contract' | 'vendor', key: string | null): Promise<T | null> => {
    if (!key) return null;
    if (table === 'site') {
      const [s] = await ctx.tx
        .select({ id: sites.id, name: sites.name })
        .from(sites)
        .where(and(tenantFilter(sites.tenantId, ctx.tenantId), eq(sites.id, key)));
      return (s as T) ?? null;
    }
    if (table === 'contract') {
      const [c] = await ctx.tx
        .select({ id: contracts.id, code: contracts.code, title: contracts.title })
        .from(contracts)
        .where(and(tenantFilter(contracts.tenantId, ctx.tenantId), eq(contracts.id, key)));
      return (c as T) ?? null;
    }
    const [v] = await ctx.tx
      .select({ id: vendors.id, name: vendors.legalName })
      .from(vendors)
      .where(and(tenantFilter(vendors.tenantId, ctx.tenantId), eq(vendors.id, key)));
    return (v as T) ?? null;
  };
  const categories = await loadCategories(ctx);
  const { zh, en } = categoryLabel(categories, row.category);
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    channel: row.channel,
    status: row.status,
    reporter: reporterOf(row, vis.hideReporter),
    category: { code: row.category, zh, en },
    site: await name<{ id: string; name: string }>('site', row.siteId),
    location: row.location,
    description: row.description,
    meetingId: row.meetingId,
    suggested: {
      contract: await name<{ id: string; code: string; title: string }>('contract', row.suggestedContractId),
      serviceLineId: row.suggestedServiceLineId,
    },
    contract: await name<{ id: string; code: string; title: string }>('contract', row.contractId),
    serviceLineId: row.serviceLineId,
    vendor: await name<{ id: string; name: string }>('vendor', row.vendorId),
    rerouted: row.routedBy !== null,
    receivedAt: row.receivedAt.getTime(),
    paused: isPaused(row.pauses),
    rejectReason: row.rejectReason,
    substantiated: row.substantiated,
    responsibleVendor: await name<{ id: string; name: string }>('vendor', row.responsibleVendorId),
    responsiblePerson: row.responsiblePerson,
    deductionCenti: row.deductionCenti,
    scoreMonth: row.scoreMonth,
    reporterFeedback: row.reporterFeedback,
    reopenCount: row.reopenCount,
    clocks: complaintClocks(
      factsOf(row),
      complaintPolicyAt(ctx.tenant.settings, row.receivedAt),
      tenantCalendar(ctx.tenant),
      ctx.now.getTime(),
    ),
    timeline: events.map(({ e, actor }) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.getTime(),
      actorKind: e.actorKind,
      actor: e.actorKind === 'reporter' ? null : actor,
      note: e.note,
      publicNote: e.publicNote,
      evidence: e.evidence.map((p) => ({
        key: p.key,
        sha256: p.sha256,
        contentType: p.contentType,
        size: p.size,
      })),
      data: e.data,
    })),
  };
}

/** A photo of a complaint the caller may read, as a data URL (small, phone-sized images). */
export async function complaintPhoto(ctx: ComplaintCtx, input: { id: string; sha256: string }) {
  const row = await loadComplaint(ctx, input.id);
  ctx.authorize?.('complaints.read', resourceOf(row));
  const events = await ctx.tx
    .select({ evidence: complaintEvents.evidence })
    .from(complaintEvents)
    .where(
      and(tenantFilter(complaintEvents.tenantId, ctx.tenantId), eq(complaintEvents.complaintId, row.id)),
    );
  const photo = events.flatMap((e) => e.evidence).find((p) => p.sha256 === input.sha256);
  if (!photo) throw new NotFoundError();
  const blob = await ctx.blobs.get(photo.key);
  if (!blob) throw new NotFoundError();
  let bin = '';
  for (let i = 0; i < blob.data.length; i += 0x8000)
    bin += String.fromCharCode(...blob.data.subarray(i, i + 0x8000));
  return { contentType: blob.contentType, dataUrl: `data:${blob.contentType};base64,${btoa(bin)}` };
}
