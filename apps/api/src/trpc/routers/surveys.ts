import { localDate, quarterOf } from '@steward/core';
import { z } from 'zod';
import {
  enablePoster,
  generateInvitations,
  invitationCounts,
  posterLink,
  sendReminders,
} from '../../services/surveys/invitations.ts';
import { surveyLines } from '../../services/surveys/lines.ts';
import { saveQuestionnaire, viewQuestionnaire } from '../../services/surveys/questionnaires.ts';
import { roundResults } from '../../services/surveys/results.ts';
import {
  createRound,
  listRounds,
  loadRound,
  roundOptions,
  roundOut,
  roundTargets,
  setRoundStatus,
} from '../../services/surveys/rounds.ts';
import { saveTiers, tiersOf } from '../../services/surveys/tiers.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';
import { surveysPublicRouter } from './surveys-public.ts';

const lineId = z.string().trim().min(1).max(64);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'survey.date_format');
const period = z.string().regex(/^\d{4}-Q[1-4]$/, 'survey.quarter_format');
const question = z.object({
  code: z.string().trim().min(1).max(64),
  type: z.enum(['satisfaction5', 'yesno', 'text']),
  text: z.object({ zh: z.string().max(300), en: z.string().max(300) }),
});

const questionnairesRouter = router({
  list: tenantProcedure('surveys.read').query(({ ctx }) =>
    surveyLines(ctx.tx, ctx.scope.tenantId, ctx.plugins),
  ),
  get: tenantProcedure('surveys.read')
    .input(z.object({ serviceLineId: lineId }))
    .query(({ ctx, input }) =>
      viewQuestionnaire(ctx.tx, ctx.scope.tenantId, ctx.plugins, input.serviceLineId),
    ),
  /** A new version of the tenant's copy; rounds already created keep the version they asked. */
  save: tenantProcedure('surveys.manage')
    .input(
      z.object({
        serviceLineId: lineId,
        baseVersion: z.number().int().min(0),
        questions: z.array(question).min(1).max(40),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { before, after } = await saveQuestionnaire(
        ctx.tx,
        ctx.scope.tenantId,
        ctx.scope.userId,
        ctx.plugins,
        input,
      );
      await ctx.audit({
        action: 'survey.questionnaire.save',
        entity: 'survey_questionnaire',
        entityId: after.id,
        before: before ? { version: before.version, questions: before.questions } : null,
        after: { serviceLineId: after.serviceLineId, version: after.version, questions: after.questions },
      });
      return { version: after.version };
    }),
});

const roundsRouter = router({
  list: tenantProcedure('surveys.read').query(({ ctx }) => listRounds(ctx.tx, ctx.scope.tenantId)),
  /** What a new round can cover, and the quarter it would default to. */
  options: tenantProcedure('surveys.manage').query(async ({ ctx }) => {
    const today = localDate(ctx.now.getTime(), ctx.tenant.timeZone);
    return { today, period: quarterOf(today), contracts: await roundOptions(ctx.tx, ctx.scope.tenantId) };
  }),
  get: tenantProcedure('surveys.read')
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const round = await loadRound(ctx.tx, ctx.scope.tenantId, input.id);
      return {
        ...roundOut(round),
        targets: await roundTargets(ctx.tx, ctx.scope.tenantId, round.id),
        counts: await invitationCounts(ctx.tx, ctx.scope.tenantId, round.id),
      };
    }),
  create: tenantProcedure('surveys.manage')
    .input(
      z.object({
        period,
        title: z.string().trim().max(100).optional(),
        opensOn: isoDate.optional(),
        closesOn: isoDate.optional(),
        targets: z.array(z.object({ contractId: z.uuid(), serviceLineId: lineId })).max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const round = await createRound(ctx.tx, ctx.scope.tenantId, ctx.scope.userId, ctx.plugins, input);
      await ctx.audit({
        action: 'survey.round.create',
        entity: 'survey_round',
        entityId: round.id,
        after: { ...roundOut(round), targets: input.targets },
      });
      return roundOut(round);
    }),
  open: tenantProcedure('surveys.manage')
    .input(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { before, after } = await setRoundStatus(ctx.tx, ctx.scope.tenantId, input.id, 'open', ctx.now);
      await ctx.audit({
        action: 'survey.round.open',
        entity: 'survey_round',
        entityId: after.id,
        before: { status: before.status },
        after: { status: after.status },
      });
      return roundOut(after);
    }),
  close: tenantProcedure('surveys.manage')
    .input(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { before, after } = await setRoundStatus(ctx.tx, ctx.scope.tenantId, input.id, 'closed', ctx.now);
      if (before.status !== after.status) {
        await ctx.audit({
          action: 'survey.round.close',
          entity: 'survey_round',
          entityId: after.id,
          before: { status: before.status },
          after: { status: after.status },
        });
      }
      return roundOut(after);
    }),
});

export const surveysRouter = router({
  questionnaires: questionnairesRouter,
  rounds: roundsRouter,

  /** Invite every service recipient and liaison officer, or a seeded random sample of them. */
  invite: tenantProcedure('surveys.manage')
    .input(
      z.object({
        roundId: z.uuid(),
        audience: z.enum(['all', 'sample']),
        sampleSize: z.number().int().min(1).max(100_000).optional(),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 32 - 1)
          .optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await generateInvitations(ctx.tx, ctx.scope.tenantId, ctx.config.publicOrigin, input);
      await ctx.audit({
        action: 'survey.invitations.generate',
        entity: 'survey_round',
        entityId: input.roundId,
        after: result,
      });
      return result;
    }),

  /** Reminders to invitees who have not answered; once per round and day. */
  remind: tenantProcedure('surveys.manage')
    .input(z.object({ roundId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const result = await sendReminders(
        ctx.tx,
        ctx.scope.tenantId,
        ctx.scope.userId,
        ctx.now,
        ctx.tenant.timeZone,
        ctx.config.publicOrigin,
        input.roundId,
      );
      if (!result.alreadySentToday) {
        await ctx.audit({
          action: 'survey.reminders.send',
          entity: 'survey_round',
          entityId: input.roundId,
          after: result,
        });
      }
      return result;
    }),

  enablePoster: tenantProcedure('surveys.manage')
    .input(z.object({ roundId: z.uuid(), limit: z.number().int().min(1).max(100_000).optional() }))
    .mutation(async ({ ctx, input }) => {
      const { before, after } = await enablePoster(ctx.tx, ctx.scope.tenantId, input.roundId, input.limit);
      await ctx.audit({
        action: 'survey.poster.enable',
        entity: 'survey_round',
        entityId: after.id,
        before: { posterEnabled: before.posterEnabled, posterLimit: before.posterLimit },
        after: { posterEnabled: after.posterEnabled, posterLimit: after.posterLimit },
      });
      return roundOut(after);
    }),

  /** What the printable poster shows: the QR code's link, the round's title and dates. */
  poster: tenantProcedure('surveys.manage')
    .input(z.object({ roundId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const round = await loadRound(ctx.tx, ctx.scope.tenantId, input.roundId);
      return {
        ...roundOut(round),
        tenantName: ctx.tenant.name,
        link:
          round.posterEnabled && round.posterToken
            ? posterLink(ctx.config.publicOrigin, ctx.scope.tenantId, round.posterToken)
            : null,
      };
    }),

  results: tenantProcedure('surveys.read')
    .input(z.object({ roundId: z.uuid() }))
    .query(({ ctx, input }) =>
      roundResults(ctx.tx, ctx.scope.tenantId, ctx.plugins, input.roundId, tiersOf(ctx.tenant.settings)),
    ),

  tiers: tenantProcedure('surveys.read').query(({ ctx }) => tiersOf(ctx.tenant.settings)),

  /** R21 tiers: bands by lower bound (0 first), each with the reward in fen. */
  setTiers: tenantProcedure('tenant.manage')
    .input(
      z.object({
        tiers: z
          .array(
            z.object({
              from: z.number().min(0).max(100),
              name: z.string().trim().min(1).max(40),
              amountFen: z.number().int(),
            }),
          )
          .min(1)
          .max(10),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const before = tiersOf(ctx.tenant.settings);
      const after = await saveTiers(ctx.tx, ctx.scope.tenantId, ctx.tenant.settings, input.tiers);
      await ctx.audit({
        action: 'survey.tiers.set',
        entity: 'tenant',
        entityId: ctx.scope.tenantId,
        before,
        after,
      });
      return after;
    }),

  public: surveysPublicRouter,
});
