import { rowVisibleUnderGrants, vendorScope } from '@steward/access';
import { NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { loadCategories } from '../../services/complaints/categories.ts';
import { complaintDeductionsFor } from '../../services/complaints/deductions.ts';
import { photosInput, storePhotos } from '../../services/complaints/evidence.ts';
import { ensureForm, updateForm } from '../../services/complaints/forms.ts';
import { CHANNELS, complaintFields, receiveComplaint } from '../../services/complaints/intake.ts';
import {
  complaintDetail,
  complaintPhoto,
  listComplaints,
  type Visibility,
} from '../../services/complaints/queries.ts';
import * as flow from '../../services/complaints/workflow.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';
import { type ComplaintRequest as Ctx, complaintCtx } from './complaint-ctx.ts';
import { complaintsPublicRouter } from './complaints-public.ts';
import { meetingsRouter } from './meetings.ts';

const { contracts, sites, vendors } = schema;

function visibility(ctx: Ctx): Visibility {
  const vendorId = vendorScope(ctx.principal, 'complaints.read');
  const d = ctx.decision;
  return {
    vendorId,
    hideReporter: vendorId !== null,
    ...(d.allowed && d.via === 'grant-scope'
      ? { rowVisible: (r) => rowVisibleUnderGrants(d.grants, 'complaints.read', r, ctx.now.getTime()) }
      : {}),
  };
}

const id = z.uuid();
const note = z.string().trim().max(2000).default('');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');

export const complaintsRouter = router({
  public: complaintsPublicRouter,
  meetings: meetingsRouter,

  /** What a reporter chooses from: sites and categories. */
  intakeOptions: tenantProcedure('complaints.report').query(async ({ ctx }) => {
    const siteRows = await ctx.tx
      .select({ id: sites.id, name: sites.name })
      .from(sites)
      .where(and(tenantFilter(sites.tenantId, ctx.scope.tenantId), isNull(sites.archivedAt)))
      .orderBy(asc(sites.code));
    return { sites: siteRows, categories: await loadCategories(complaintCtx(ctx)) };
  }),

  /** A liaison officer (or any member) reports on their phone, named, with photos. */
  report: tenantProcedure('complaints.report')
    .input(complaintFields.extend({ photos: photosInput }))
    .mutation(async ({ ctx, input }) => {
      const c = complaintCtx(ctx);
      const evidence = await storePhotos(ctx.blobs, ctx.scope.tenantId, input.photos);
      return receiveComplaint(c, {
        ...input,
        channel: ctx.principal.roles.includes('liaison') ? 'liaison' : 'web',
        anonymous: false,
        reporterUserId: ctx.scope.userId,
        evidence,
      });
    }),

  /** The 110 hotline: an operator records a call, the caller named or anonymous. */
  record: tenantProcedure('complaints.record')
    .input(
      complaintFields.extend({
        callerName: z.string().trim().max(40).default(''),
        callerPhone: z
          .string()
          .trim()
          .max(20)
          .regex(/^[0-9+\-\s]*$/, 'complaint.phone_format')
          .default(''),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { callerName, callerPhone, ...fields } = input;
      const named = Boolean(callerName || callerPhone);
      return receiveComplaint(complaintCtx(ctx), {
        ...fields,
        channel: 'hotline',
        anonymous: !named,
        reporterName: callerName || null,
        reporterPhone: callerPhone || null,
      });
    }),

  /** My own reports (liaison officers, hotline operators): what I filed and where it stands. */
  mine: tenantProcedure('complaints.report').query(({ ctx }) =>
    listComplaints(complaintCtx(ctx), { mine: true }, { vendorId: null, hideReporter: false }),
  ),

  list: tenantProcedure('complaints.read')
    .input(
      z
        .object({
          status: z.array(z.string().max(20)).max(10).optional(),
          channel: z.enum(CHANNELS).optional(),
          serviceLineId: z.string().max(64).optional(),
          contractId: z.uuid().optional(),
          overdue: z.boolean().optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) => listComplaints(complaintCtx(ctx), input, visibility(ctx))),

  get: tenantProcedure('complaints.read')
    .input(z.object({ id }))
    .query(({ ctx, input }) => complaintDetail(complaintCtx(ctx), input.id, visibility(ctx))),

  photo: tenantProcedure('complaints.read')
    .input(z.object({ id, sha256: z.string().regex(/^[0-9a-f]{64}$/) }))
    .query(({ ctx, input }) => complaintPhoto(complaintCtx(ctx), input)),

  /** Contracts and vendors a handler may route to or hold responsible. */
  routingOptions: tenantProcedure('complaints.handle').query(async ({ ctx }) => {
    const t = ctx.scope.tenantId;
    const contractRows = await ctx.tx
      .select({
        id: contracts.id,
        code: contracts.code,
        title: contracts.title,
        vendorId: contracts.vendorId,
        serviceLineIds: contracts.serviceLineIds,
        siteIds: contracts.siteIds,
        status: contracts.status,
      })
      .from(contracts)
      .where(tenantFilter(contracts.tenantId, t))
      .orderBy(asc(contracts.code));
    const vendorRows = await ctx.tx
      .select({ id: vendors.id, name: vendors.legalName })
      .from(vendors)
      .where(tenantFilter(vendors.tenantId, t))
      .orderBy(asc(vendors.legalName));
    return { contracts: contractRows, vendors: vendorRows };
  }),

  reroute: tenantProcedure('complaints.handle')
    .input(
      z.object({ id, contractId: z.uuid().nullable(), serviceLineId: z.string().max(64).nullable(), note }),
    )
    .mutation(async ({ ctx, input }) => ok(await flow.reroute(complaintCtx(ctx), input))),

  accept: tenantProcedure('complaints.handle')
    .input(z.object({ id, note }))
    .mutation(async ({ ctx, input }) => ok(await flow.accept(complaintCtx(ctx), input))),

  reject: tenantProcedure('complaints.handle')
    .input(z.object({ id, reason: z.string().trim().min(2).max(1000) }))
    .mutation(async ({ ctx, input }) => ok(await flow.reject(complaintCtx(ctx), input))),

  pause: tenantProcedure('complaints.handle')
    .input(z.object({ id, question: z.string().trim().min(2).max(1000) }))
    .mutation(async ({ ctx, input }) => ok(await flow.pause(complaintCtx(ctx), input))),

  resume: tenantProcedure('complaints.handle')
    .input(z.object({ id, note }))
    .mutation(async ({ ctx, input }) => ok(await flow.resume(complaintCtx(ctx), input))),

  addEvidence: tenantProcedure('complaints.handle')
    .input(z.object({ id, note: z.string().trim().min(1).max(2000), photos: photosInput }))
    .mutation(async ({ ctx, input }) => {
      const evidence = await storePhotos(ctx.blobs, ctx.scope.tenantId, input.photos);
      return ok(await flow.addEvidence(complaintCtx(ctx), input, evidence));
    }),

  decide: tenantProcedure('complaints.handle')
    .input(
      z.object({
        id,
        substantiated: z.boolean(),
        finding: z.string().trim().min(2).max(2000),
        publicNote: z.string().trim().max(1000).optional(),
        severity: z.enum(['general', 'major']).default('general'),
        deductionCenti: z.number().int().min(0).max(10_000).optional(),
        responsibleVendorId: z.uuid().nullable().optional(),
        responsiblePerson: z.string().trim().max(60).optional(),
        correctionDueOn: isoDate.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => ok(await flow.decide(complaintCtx(ctx), input))),

  respond: tenantProcedure('complaints.respond')
    .input(z.object({ id, note: z.string().trim().min(2).max(2000), photos: photosInput }))
    .mutation(async ({ ctx, input }) => {
      const evidence = await storePhotos(ctx.blobs, ctx.scope.tenantId, input.photos);
      return ok(await flow.respond(complaintCtx(ctx), input, evidence));
    }),

  verify: tenantProcedure('complaints.handle')
    .input(
      z.object({ id, fixed: z.boolean(), note, correctionDueOn: isoDate.optional(), photos: photosInput }),
    )
    .mutation(async ({ ctx, input }) => {
      const evidence = await storePhotos(ctx.blobs, ctx.scope.tenantId, input.photos);
      return ok(await flow.verify(complaintCtx(ctx), input, evidence));
    }),

  close: tenantProcedure('complaints.handle')
    .input(z.object({ id, note }))
    .mutation(async ({ ctx, input }) => ok(await flow.close(complaintCtx(ctx), input))),

  reopen: tenantProcedure('complaints.handle')
    .input(z.object({ id, note: z.string().trim().min(2).max(2000) }))
    .mutation(async ({ ctx, input }) => ok(await flow.reopenByHandler(complaintCtx(ctx), input))),

  /** The public form's address for posters and the website; created on first use. */
  form: tenantProcedure('complaints.handle').query(async ({ ctx }) => {
    const f = await ensureForm(complaintCtx(ctx));
    return { publicKey: f.publicKey, enabled: f.enabled, path: `/t/${f.publicKey}/complaint` };
  }),

  updateForm: tenantProcedure('tenant.manage')
    .input(z.object({ rotate: z.boolean().default(false), enabled: z.boolean().optional() }))
    .mutation(async ({ ctx, input }) => {
      const f = await updateForm(complaintCtx(ctx), input);
      return { publicKey: f.publicKey, enabled: f.enabled, path: `/t/${f.publicKey}/complaint` };
    }),

  /** The complaint deductions one contract's month takes into its score (R20), with their ids for lineage. */
  deductions: tenantProcedure('scores.read')
    .input(z.object({ contractId: z.uuid(), month: z.string().regex(/^\d{4}-\d{2}$/) }))
    .query(async ({ ctx, input }) => {
      const [c] = await ctx.tx
        .select({ vendorId: contracts.vendorId })
        .from(contracts)
        .where(and(tenantFilter(contracts.tenantId, ctx.scope.tenantId), eq(contracts.id, input.contractId)));
      if (!c) throw new NotFoundError();
      ctx.authorize('scores.read', { contractId: input.contractId, vendorId: c.vendorId });
      return complaintDeductionsFor(ctx.tx, ctx.scope.tenantId, input.contractId, input.month);
    }),
});

/** Mutations answer with the new state only; the screen reloads the detail. */
function ok(row: { id: string; status: string }) {
  return { id: row.id, status: row.status };
}
