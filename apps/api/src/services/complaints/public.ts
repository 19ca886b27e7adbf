import { NotFoundError, PreconditionError } from '@steward/core';
import { appendAudit, type Database, inTenant, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { BlobStore } from '../../blob/blob-store.ts';
import { complaintPolicyAt } from '../settings/complaint-history.ts';
import { tenantCalendar } from '../working-calendar.ts';
import { categoryLabel, loadCategories } from './categories.ts';
import { normalizeTrackingCode } from './codes.ts';
import type { ComplaintCtx } from './context.ts';
import type { PhotoInput } from './evidence.ts';
import { storePhotos } from './evidence.ts';
import { type complaintFields, receiveComplaint } from './intake.ts';
import { complaintOfTrackingCode, tenantOfFormKey } from './public-lookup.ts';
import { consumePublicLimits, PUBLIC_LIMITS } from './rate-limit.ts';
import { complaintClocks, isPaused } from './sla.ts';
import { factsOf as factsOfPublic, loadComplaint, transition } from './store.ts';
import { reopen } from './workflow.ts';

const { tenants, sites, complaintEvents } = schema;

export interface PublicDeps {
  db: Database;
  blobs: BlobStore;
  plugins: PluginRegistry;
  now: Date;
  ip: string;
}

/** Runs `fn` inside the tenant as nobody (RLS applies); audit entries are the system's. */
async function asPublic<T>(
  deps: PublicDeps,
  tenantId: string,
  fn: (ctx: ComplaintCtx & { tenantName: string }) => Promise<T>,
) {
  const scope = { tenantId, userId: null };
  return inTenant(deps.db, scope, async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    if (!tenant) throw new NotFoundError();
    return fn({
      tx,
      tenantId,
      tenant,
      tenantName: tenant.name,
      now: deps.now,
      userId: null,
      plugins: deps.plugins,
      blobs: deps.blobs,
      audit: async (event) => {
        await appendAudit(tx, scope, deps.now, event);
      },
    });
  });
}

async function tenantOfForm(deps: PublicDeps, formKey: string): Promise<string> {
  const tenantId = await tenantOfFormKey(deps.db, formKey.trim().toLowerCase());
  if (!tenantId) throw new NotFoundError('complaint.form_unknown');
  return tenantId;
}

/** What the public form shows: the agency's name, its sites and the categories. Nothing else. */
export async function publicFormInfo(deps: PublicDeps, formKey: string) {
  const tenantId = await tenantOfForm(deps, formKey);
  return asPublic(deps, tenantId, async (ctx) => {
    const siteRows = await ctx.tx
      .select({ id: sites.id, name: sites.name })
      .from(sites)
      .where(and(tenantFilter(sites.tenantId, tenantId), isNull(sites.archivedAt)))
      .orderBy(asc(sites.code));
    const categories = (await loadCategories(ctx)).map(({ code, zh, en }) => ({ code, zh, en }));
    return { agency: ctx.tenantName, sites: siteRows, categories };
  });
}

export type PublicSubmission = z.infer<typeof complaintFields> & {
  formKey: string;
  reporterName?: string | undefined;
  reporterPhone?: string | undefined;
  photos: PhotoInput[];
};

/**
 * The public form's submit: rate limited per IP and per tenant, then stored in one transaction; the answer
 * (and so the reporter's "received") comes only after that transaction committed. A retry with the same
 * submission id returns the first complaint's tracking code.
 */
export async function submitPublicComplaint(deps: PublicDeps, input: PublicSubmission) {
  const tenantId = await tenantOfForm(deps, input.formKey);
  await consumePublicLimits(
    deps.db,
    [
      { key: `complaint.submit:ip:${deps.ip}`, rule: PUBLIC_LIMITS.submitPerIp },
      { key: `complaint.submit:tenant:${tenantId}`, rule: PUBLIC_LIMITS.submitPerTenant },
    ],
    deps.now,
  );
  const evidence = await storePhotos(deps.blobs, tenantId, input.photos);
  const named = Boolean(input.reporterName?.trim() || input.reporterPhone?.trim());
  const result = await asPublic(deps, tenantId, (ctx) =>
    receiveComplaint(ctx, {
      submissionId: input.submissionId,
      siteId: input.siteId,
      location: input.location,
      category: input.category,
      description: input.description,
      channel: 'web',
      anonymous: !named,
      reporterName: input.reporterName?.trim() || null,
      reporterPhone: input.reporterPhone?.trim() || null,
      evidence,
    }),
  );
  return { trackingCode: result.trackingCode, duplicate: result.duplicate };
}

/** Timeline steps the reporter sees; investigation notes, routing and evidence stay internal. */
const PUBLIC_KINDS = new Set([
  'received',
  'accepted',
  'rejected',
  'paused',
  'reporter_replied',
  'resumed',
  'decided',
  'correction_reported',
  'verified_fixed',
  'verified_not_fixed',
  'reporter_confirmed',
  'reopened',
  'closed',
]);

async function trackedComplaint(deps: PublicDeps, rawCode: string) {
  await consumePublicLimits(
    deps.db,
    [{ key: `complaint.track:ip:${deps.ip}`, rule: PUBLIC_LIMITS.trackPerIp }],
    deps.now,
  );
  const code = normalizeTrackingCode(rawCode);
  const found = code.length === 12 ? await complaintOfTrackingCode(deps.db, code) : null;
  if (!found) throw new NotFoundError('complaint.tracking_unknown');
  return found;
}

/**
 * The tracking page: status, every deadline and the public steps. Never internal notes, evidence, the
 * routed contract or vendor, the handlers' or reporter's names.
 */
export async function trackComplaint(deps: PublicDeps, rawCode: string) {
  const found = await trackedComplaint(deps, rawCode);
  return asPublic(deps, found.tenantId, async (ctx) => {
    const row = await loadComplaint(ctx, found.id);
    const categories = await loadCategories(ctx);
    const [site] = row.siteId
      ? await ctx.tx
          .select({ name: sites.name })
          .from(sites)
          .where(and(tenantFilter(sites.tenantId, ctx.tenantId), eq(sites.id, row.siteId)))
      : [];
    const events = await ctx.tx
      .select({ kind: complaintEvents.kind, at: complaintEvents.at, publicNote: complaintEvents.publicNote })
      .from(complaintEvents)
      .where(
        and(tenantFilter(complaintEvents.tenantId, ctx.tenantId), eq(complaintEvents.complaintId, row.id)),
      )
      .orderBy(asc(complaintEvents.at));
    // The rules in force when it was received: a later change does not move its deadlines.
    const policy = complaintPolicyAt(ctx.tenant.settings, row.receivedAt);
    const { code, zh, en } = categoryLabel(categories, row.category);
    return {
      trackingCode: row.trackingCode,
      /** the agency's zone, so the reporter reads deadlines in local time */
      timeZone: ctx.tenant.timeZone,
      status: row.status,
      channel: row.channel,
      category: { code, zh, en },
      site: site?.name ?? null,
      location: row.location,
      description: row.description,
      receivedAt: row.receivedAt.getTime(),
      paused: isPaused(row.pauses),
      substantiated: row.substantiated,
      reopenCount: row.reopenCount,
      clocks: complaintClocks(factsOfPublic(row), policy, tenantCalendar(ctx.tenant), ctx.now.getTime()),
      timeline: events
        .filter((e) => PUBLIC_KINDS.has(e.kind))
        .map((e) => ({ kind: e.kind, at: e.at.getTime(), publicNote: e.publicNote })),
      canConfirm: row.status === 'confirming',
      canReply: isPaused(row.pauses),
    };
  });
}

/** The reporter answers "is it fixed?": yes closes it, no reopens it with a new correction deadline. */
export async function reporterFeedback(
  deps: PublicDeps,
  input: { trackingCode: string; fixed: boolean; note: string },
) {
  await consumePublicLimits(
    deps.db,
    [{ key: `complaint.feedback:ip:${deps.ip}`, rule: PUBLIC_LIMITS.feedbackPerIp }],
    deps.now,
  );
  const found = await trackedComplaint(deps, input.trackingCode);
  await asPublic(deps, found.tenantId, async (ctx) => {
    const row = await loadComplaint(ctx, found.id);
    if (row.status !== 'confirming') throw new PreconditionError('complaint.not_awaiting_feedback');
    if (input.fixed) {
      await transition(
        ctx,
        row,
        { status: 'closed', closedAt: ctx.now, reporterFeedback: 'fixed' },
        { kind: 'reporter_confirmed', actorKind: 'reporter', note: input.note },
      );
    } else {
      await reopen(ctx, row, input.note, true);
    }
  });
  return { ok: true };
}

/** The reporter answers the handler's question: the note goes on the timeline and the clocks restart. */
export async function reporterReply(deps: PublicDeps, input: { trackingCode: string; note: string }) {
  await consumePublicLimits(
    deps.db,
    [{ key: `complaint.feedback:ip:${deps.ip}`, rule: PUBLIC_LIMITS.feedbackPerIp }],
    deps.now,
  );
  const found = await trackedComplaint(deps, input.trackingCode);
  await asPublic(deps, found.tenantId, async (ctx) => {
    const row = await loadComplaint(ctx, found.id);
    if (!isPaused(row.pauses)) throw new PreconditionError('complaint.not_paused');
    const pauses = row.pauses.map((p) => (p.to === undefined ? { from: p.from, to: ctx.now.getTime() } : p));
    await transition(
      ctx,
      row,
      { pauses },
      { kind: 'reporter_replied', actorKind: 'reporter', note: input.note },
    );
  });
  return { ok: true };
}
