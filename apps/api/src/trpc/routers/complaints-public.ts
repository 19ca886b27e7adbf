import { z } from 'zod';
import { photosInput } from '../../services/complaints/evidence.ts';
import { complaintFields } from '../../services/complaints/intake.ts';
import {
  type PublicDeps,
  publicFormInfo,
  reporterFeedback,
  reporterReply,
  submitPublicComplaint,
  trackComplaint,
} from '../../services/complaints/public.ts';
import type { RequestContext } from '../context.ts';
import { router } from '../init.ts';
import { publicProcedure } from '../procedures.ts';

const formKey = z.string().trim().min(8).max(64);
const trackingCode = z.string().trim().min(8).max(40);

const deps = (ctx: RequestContext): PublicDeps => ({
  db: ctx.db,
  blobs: ctx.blobs,
  plugins: ctx.plugins,
  now: ctx.clock.now(),
  ip: ctx.clientIp,
});

/** No sign-in: the public complaint form and the reporter's tracking page, rate limited per IP and tenant. */
export const complaintsPublicRouter = router({
  form: publicProcedure
    .input(z.object({ formKey }))
    .query(({ ctx, input }) => publicFormInfo(deps(ctx), input.formKey)),

  submit: publicProcedure
    .input(
      complaintFields.extend({
        formKey,
        reporterName: z.string().trim().max(40).optional(),
        reporterPhone: z
          .string()
          .trim()
          .max(20)
          .regex(/^[0-9+\-\s]*$/, 'complaint.phone_format')
          .optional(),
        photos: photosInput,
      }),
    )
    .mutation(({ ctx, input }) => submitPublicComplaint(deps(ctx), input)),

  track: publicProcedure
    .input(z.object({ code: trackingCode }))
    .query(({ ctx, input }) => trackComplaint(deps(ctx), input.code)),

  feedback: publicProcedure
    .input(z.object({ code: trackingCode, fixed: z.boolean(), note: z.string().trim().max(500).default('') }))
    .mutation(({ ctx, input }) =>
      reporterFeedback(deps(ctx), { trackingCode: input.code, fixed: input.fixed, note: input.note }),
    ),

  reply: publicProcedure
    .input(z.object({ code: trackingCode, note: z.string().trim().min(1).max(1000) }))
    .mutation(({ ctx, input }) => reporterReply(deps(ctx), { trackingCode: input.code, note: input.note })),
});
