import { generateOneTimeToken } from '@steward/auth';
import {
  addDays,
  localDate,
  mulberry32,
  quarterDays,
  quarterOf,
  type Random,
  seedFromString,
  shiftQuarter,
} from '@steward/core';
import { appendAudit, type Database, schema, tenantFilter } from '@steward/db';
import type { SurveyAnswerRow, SurveyQuestionDef } from '@steward/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { installedPlugins } from '../plugins.ts';
import { enablePoster, generateInvitations } from '../services/surveys/invitations.ts';
import { questionnaireForRound } from '../services/surveys/questionnaires.ts';

const { contracts, surveyRounds, surveyRoundTargets, surveyInvitations, surveySubmissions, surveyResponses } =
  schema;

/** Responses per past round: like a poster campaign in a mid-sized building. */
const RESPONSES = 36;

/**
 * Share of satisfied answers aimed at per contract line and quarter, oldest first. The canteen slips below
 * its 95 % target for the last two quarters, so issue 7's early warning ("a third quarter triggers a
 * termination proposal") has something to show.
 */
const AIM: Record<string, number[]> = {
  security: [0.95, 0.96, 0.95, 0.97],
  'conference-cleaning': [0.93, 0.95, 0.96, 0.96],
  catering: [0.98, 0.97, 0.9, 0.88],
  elevator: [0.94, 0.92, 0.95, 0.96],
  fire: [0.97, 0.97, 0.98, 0.98],
};

const COMMENTS = ['午餐菜品种类可以再丰富些', '服务态度很好', '高峰期等候时间长', '希望增加清洁频次', ''];

function score(random: Random, aim: number): number {
  if (random() < aim) return random() < 0.55 ? 5 : 4;
  const r = random();
  return r < 0.6 ? 3 : r < 0.9 ? 2 : 1;
}

function answersFor(
  random: Random,
  targets: { contractId: string; serviceLineId: string; questions: SurveyQuestionDef[] }[],
  quarterIndex: number,
): SurveyAnswerRow[] {
  return targets.flatMap((t) =>
    t.questions.map((q) => {
      const base = { contractId: t.contractId, serviceLineId: t.serviceLineId, code: q.code, type: q.type };
      if (q.type === 'satisfaction5') {
        // Now and then a respondent does not know a line and skips its question.
        const value = random() < 0.05 ? null : score(random, AIM[t.serviceLineId]?.[quarterIndex] ?? 0.95);
        return { ...base, value };
      }
      if (q.type === 'yesno') return { ...base, value: random() < 0.15 };
      const comment = COMMENTS[Math.floor(random() * COMMENTS.length * 4)] ?? '';
      return { ...base, value: comment || null };
    }),
  );
}

/**
 * The demo agency's opinion surveys: the last four quarters closed with anonymous responses about all five
 * contracts, and this quarter's round open with invitations to the recipient and liaison sign-ins and a
 * poster QR code. Deterministic (seeded), so the demo looks the same on every first start.
 */
export async function seedDemoSurveys(tx: Database, input: { tenantId: string; now: Date }) {
  const { tenantId, now } = input;
  const registry = installedPlugins();
  const today = localDate(now.getTime(), 'Asia/Shanghai');
  const current = quarterOf(today);
  // By the code's line part (BA-01, CY-03, …), not its year: the answers drawn stay with their contract.
  const rows = (
    await tx
      .select({ id: contracts.id, code: contracts.code, lines: contracts.serviceLineIds })
      .from(contracts)
      .where(tenantFilter(contracts.tenantId, tenantId))
      .orderBy(asc(contracts.code))
  ).sort((a, b) => (a.code.slice(-5) < b.code.slice(-5) ? -1 : 1));
  const wanted = rows.flatMap((c) => c.lines.map((line) => ({ contractId: c.id, serviceLineId: line })));
  if (wanted.length === 0) return { rounds: 0 };
  const questionnaires = new Map<string, { id: string; questions: SurveyQuestionDef[] }>();
  for (const line of new Set(wanted.map((w) => w.serviceLineId))) {
    const q = await questionnaireForRound(tx, tenantId, registry, line);
    questionnaires.set(line, { id: q.id, questions: q.questions });
  }
  const targets = wanted.map((w) => ({ ...w, ...questionnaires.get(w.serviceLineId)! }));

  const createRound = async (period: string, status: 'open' | 'closed') => {
    const days = quarterDays(period);
    const opensOn = status === 'open' ? today : addDays(days.to, -20);
    const closesOn = status === 'open' ? addDays(today, 21) : days.to;
    const [round] = await tx
      .insert(surveyRounds)
      .values({
        tenantId,
        title: `${period} 后勤服务满意度测评`,
        period,
        opensOn,
        closesOn,
        status,
        audience: 'all',
        openedAt: new Date(`${opensOn}T01:00:00Z`),
        closedAt: status === 'closed' ? new Date(`${closesOn}T10:00:00Z`) : null,
      })
      .returning();
    await tx.insert(surveyRoundTargets).values(
      targets.map((t) => ({
        tenantId,
        roundId: round!.id,
        contractId: t.contractId,
        serviceLineId: t.serviceLineId,
        questionnaireId: t.id,
      })),
    );
    return round!;
  };

  for (let i = 0; i < 4; i++) {
    const period = shiftQuarter(current, i - 4);
    const round = await createRound(period, 'closed');
    const random = mulberry32(seedFromString(`demo-survey:${period}`));
    const submittedOn = addDays(round.closesOn, -10);
    // Poster answers: each had its own one-time invitation, used once. One INSERT per table and round.
    const invitations = await tx
      .insert(surveyInvitations)
      .values(
        Array.from({ length: RESPONSES }, () => ({
          tenantId,
          roundId: round.id,
          kind: 'poster',
          tokenHash: generateOneTimeToken().tokenHash,
        })),
      )
      .returning({ id: surveyInvitations.id });
    await tx
      .insert(surveySubmissions)
      .values(invitations.map((inv) => ({ tenantId, invitationId: inv.id, roundId: round.id, submittedOn })));
    await tx.insert(surveyResponses).values(
      invitations.map(() => ({
        tenantId,
        roundId: round.id,
        submittedOn,
        locale: 'zh-CN',
        answers: answersFor(random, targets, i),
      })),
    );
    await tx
      .update(surveyRounds)
      .set({ posterIssued: RESPONSES })
      .where(and(tenantFilter(surveyRounds.tenantId, tenantId), eq(surveyRounds.id, round.id)));
  }

  const open = await createRound(current, 'open');
  await generateInvitations(tx, tenantId, 'http://localhost:3000', { roundId: open.id, audience: 'all' });
  await enablePoster(tx, tenantId, open.id, 300);
  await appendAudit(tx, { tenantId, userId: null }, now, {
    action: 'demo.seed.surveys',
    entity: 'tenant',
    entityId: tenantId,
    after: { closedRounds: 4, openRound: open.period, responsesPerRound: RESPONSES },
    actorKind: 'system',
  });
  return { rounds: 5 };
}
