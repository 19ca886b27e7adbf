import {
  type Band,
  type SatisfactionRate,
  satisfactionBy,
  satisfactionRate,
  satisfactionTier,
} from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, asc, inArray, ne } from 'drizzle-orm';
import { invitationCounts } from './invitations.ts';
import { pluginFor } from './questionnaires.ts';
import { loadRound, roundOut, roundTargets } from './rounds.ts';

const { surveyResponses, surveyRounds, surveyQuestionnaires } = schema;

const figure = (rate: SatisfactionRate, tiers: readonly Band[]) => {
  const tier = satisfactionTier(tiers, rate.rateBp);
  return {
    rateBp: rate.rateBp,
    poorRateBp: rate.poorRateBp,
    responses: rate.responses,
    answered: rate.answered,
    tier: tier ? { name: tier.name, from: tier.from, amountFen: tier.amountFen } : null,
  };
};

/** How many rounds back the trend reaches. */
const TREND_ROUNDS = 8;

/**
 * R21 results of one round — overall, per contract, per service line, per contract × line with each
 * question's distribution — always with the responses behind each rate, and the trend of the same contracts
 * over the rounds up to this one.
 */
export async function roundResults(
  tx: Database,
  tenantId: string,
  registry: PluginRegistry,
  roundId: string,
  tiers: readonly Band[],
) {
  const round = await loadRound(tx, tenantId, roundId);
  const targets = await roundTargets(tx, tenantId, roundId);
  const responses = await tx
    .select({ answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(
      and(tenantFilter(surveyResponses.tenantId, tenantId), inArray(surveyResponses.roundId, [roundId])),
    );
  const qIds = [...new Set(targets.map((t) => t.questionnaireId))];
  const questionnaires = qIds.length
    ? await tx
        .select()
        .from(surveyQuestionnaires)
        .where(
          and(tenantFilter(surveyQuestionnaires.tenantId, tenantId), inArray(surveyQuestionnaires.id, qIds)),
        )
    : [];
  const lineNames = new Map<string, { zh: string; en: string }>();
  for (const line of new Set(targets.map((t) => t.serviceLineId))) {
    const name = await pluginFor(tx, tenantId, registry, line)
      .then((p) => ({ zh: p.name.zh, en: p.name.en }))
      .catch(() => ({ zh: line, en: line }));
    lineNames.set(line, name);
  }

  const contractsSeen = [...new Map(targets.map((t) => [t.contractId, t])).values()];
  const byContract = contractsSeen.map((c) => {
    const f = figure(
      satisfactionRate(responses, (a) => a.contractId === c.contractId),
      tiers,
    );
    return {
      contractId: c.contractId,
      contractCode: c.contractCode,
      contractTitle: c.contractTitle,
      vendorName: c.vendorName,
      targetBp: c.satisfactionTargetBp,
      belowTarget: f.rateBp !== null && f.rateBp < c.satisfactionTargetBp,
      ...f,
    };
  });
  const byLine = satisfactionBy(responses, (a) => a.serviceLineId).map((g) => ({
    serviceLineId: g.key,
    lineName: lineNames.get(g.key) ?? { zh: g.key, en: g.key },
    ...figure(g.rate, tiers),
  }));
  const byTarget = targets.map((t) => {
    const inTarget = (a: { contractId: string; serviceLineId: string }) =>
      a.contractId === t.contractId && a.serviceLineId === t.serviceLineId;
    const questions = (questionnaires.find((q) => q.id === t.questionnaireId)?.questions ?? []).map((q) => {
      const values = responses.flatMap((r) =>
        r.answers.filter((a) => inTarget(a) && a.code === q.code && a.value !== null).map((a) => a.value),
      );
      return {
        code: q.code,
        type: q.type,
        text: q.text,
        counts:
          q.type === 'satisfaction5'
            ? [1, 2, 3, 4, 5].map((s) => values.filter((v) => v === s).length)
            : q.type === 'yesno'
              ? [values.filter((v) => v === true).length, values.filter((v) => v === false).length]
              : [],
        comments:
          q.type === 'text' ? values.filter((v): v is string => typeof v === 'string').slice(0, 200) : [],
      };
    });
    return {
      contractId: t.contractId,
      contractCode: t.contractCode,
      serviceLineId: t.serviceLineId,
      lineName: lineNames.get(t.serviceLineId) ?? { zh: t.serviceLineId, en: t.serviceLineId },
      ...figure(satisfactionRate(responses, inTarget), tiers),
      questions,
    };
  });

  return {
    round: roundOut(round),
    counts: await invitationCounts(tx, tenantId, roundId),
    overall: figure(satisfactionRate(responses), tiers),
    byContract,
    byLine,
    byTarget,
    trend: await trend(
      tx,
      tenantId,
      round.period,
      contractsSeen.map((c) => c.contractId),
      tiers,
    ),
    tiers,
  };
}

/** The same contracts across the rounds up to this period (drafts left out), oldest first. */
async function trend(
  tx: Database,
  tenantId: string,
  upTo: string,
  contractIds: string[],
  tiers: readonly Band[],
) {
  const rounds = (
    await tx
      .select({ id: surveyRounds.id, period: surveyRounds.period, title: surveyRounds.title })
      .from(surveyRounds)
      .where(and(tenantFilter(surveyRounds.tenantId, tenantId), ne(surveyRounds.status, 'draft')))
      .orderBy(asc(surveyRounds.period), asc(surveyRounds.createdAt))
  )
    .filter((r) => r.period <= upTo)
    .slice(-TREND_ROUNDS);
  if (rounds.length === 0) return [];
  const rows = await tx
    .select({ roundId: surveyResponses.roundId, answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(
      and(
        tenantFilter(surveyResponses.tenantId, tenantId),
        inArray(
          surveyResponses.roundId,
          rounds.map((r) => r.id),
        ),
      ),
    );
  return rounds.map((r) => {
    const mine = rows.filter((x) => x.roundId === r.id);
    return {
      roundId: r.id,
      period: r.period,
      title: r.title,
      overall: figure(satisfactionRate(mine), tiers),
      contracts: contractIds.map((id) => ({
        contractId: id,
        ...figure(
          satisfactionRate(mine, (a) => a.contractId === id),
          tiers,
        ),
      })),
    };
  });
}
