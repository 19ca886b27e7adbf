import { z } from 'zod';
import { claimFromPoster, MAX_TEXT_ANSWER, openSurvey, submitSurvey } from '../../services/surveys/public.ts';
import { hitRateLimit, SURVEY_RATE_RULES } from '../../services/surveys/rate-limit.ts';
import { router } from '../init.ts';
import { publicProcedure } from '../procedures.ts';

const token = z.string().trim().min(1).max(200);

/**
 * The survey page, for people who are not signed in: the token from the link is the only key. Each call is
 * a POST, so tokens never sit in URLs or access logs.
 */
export const surveysPublicRouter = router({
  open: publicProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    await hitRateLimit(ctx.db, `survey:${ctx.clientIp}`, SURVEY_RATE_RULES.view, now);
    return openSurvey(ctx.db, ctx.plugins, input.token, now);
  }),

  submit: publicProcedure
    .input(
      z.object({
        token,
        answers: z
          .array(
            z.object({
              contractId: z.uuid(),
              serviceLineId: z.string().min(1).max(64),
              code: z.string().min(1).max(64),
              value: z.union([z.number(), z.boolean(), z.string().max(MAX_TEXT_ANSWER * 2), z.null()]),
            }),
          )
          .max(500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock.now();
      await hitRateLimit(ctx.db, `survey:${ctx.clientIp}`, SURVEY_RATE_RULES.view, now);
      return submitSurvey(ctx.db, ctx.plugins, { ...input, locale: ctx.locale }, now);
    }),

  /** A poster's QR code: one fresh one-time invitation for this device. */
  claim: publicProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    const now = ctx.clock.now();
    await hitRateLimit(ctx.db, `survey-claim:${ctx.clientIp}`, SURVEY_RATE_RULES.claim, now);
    return claimFromPoster(ctx.db, input.token, now);
  }),
});
