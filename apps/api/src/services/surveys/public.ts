import { generateOneTimeToken, hashOneTimeToken } from '@steward/auth';
import { localDate, NotFoundError, PreconditionError, ValidationError } from '@steward/core';
import { appendAudit, type Database, inTenant, schema, tenantFilter } from '@steward/db';
import type { SurveyAnswerRow, SurveyQuestionDef } from '@steward/db/schema';
import type { Localized, PluginRegistry } from '@steward/plugin-sdk';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { pluginFor } from './questionnaires.ts';
import { acceptingAnswers, type RoundRow, roundTargets } from './rounds.ts';

const { surveyInvitations, surveySubmissions, surveyResponses, surveyRounds, surveyQuestionnaires, tenants } =
  schema;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SECRET = '[a-z2-7]{20,80}';

/** `<tenantId>.<secret>` (an invitation) or `p.<tenantId>.<secret>` (a poster). */
export function parseSurveyToken(
  value: string,
): { kind: 'invitation' | 'poster'; tenantId: string; secret: string } | null {
  const m = new RegExp(`^(p\\.)?(${UUID})\\.(${SECRET})$`).exec(value.trim());
  if (!m) return null;
  return { kind: m[1] ? 'poster' : 'invitation', tenantId: m[2]!, secret: m[3]! };
}

function invitationToken(value: string) {
  const parsed = parseSurveyToken(value);
  if (parsed?.kind !== 'invitation') throw new NotFoundError('survey.link_invalid');
  return parsed;
}

async function findInvitation(tx: Database, tenantId: string, secret: string) {
  const tokenHash = hashOneTimeToken(secret);
  if (!tokenHash) throw new NotFoundError('survey.link_invalid');
  const [row] = await tx
    .select({ invitation: surveyInvitations, round: surveyRounds })
    .from(surveyInvitations)
    .innerJoin(surveyRounds, eq(surveyRounds.id, surveyInvitations.roundId))
    .where(
      and(tenantFilter(surveyInvitations.tenantId, tenantId), eq(surveyInvitations.tokenHash, tokenHash)),
    );
  if (!row) throw new NotFoundError('survey.link_invalid');
  return row;
}

async function isUsed(tx: Database, tenantId: string, invitationId: string) {
  const [used] = await tx
    .select({ one: sql<number>`1` })
    .from(surveySubmissions)
    .where(
      and(
        tenantFilter(surveySubmissions.tenantId, tenantId),
        eq(surveySubmissions.invitationId, invitationId),
      ),
    );
  return Boolean(used);
}

export interface SurveySection {
  contractId: string;
  contractTitle: string;
  vendorName: string;
  serviceLineId: string;
  lineName: Localized;
  questions: SurveyQuestionDef[];
}

/** What the round asks, per contract and line, with the questionnaire versions it was created with. */
async function sectionsOf(tx: Database, tenantId: string, registry: PluginRegistry, round: RoundRow) {
  const targets = await roundTargets(tx, tenantId, round.id);
  const ids = [...new Set(targets.map((t) => t.questionnaireId))];
  const questionnaires = ids.length
    ? await tx
        .select()
        .from(surveyQuestionnaires)
        .where(
          and(tenantFilter(surveyQuestionnaires.tenantId, tenantId), inArray(surveyQuestionnaires.id, ids)),
        )
    : [];
  const sections: SurveySection[] = [];
  for (const t of targets) {
    const q = questionnaires.find((x) => x.id === t.questionnaireId)!;
    const lineName = await pluginFor(tx, tenantId, registry, t.serviceLineId)
      .then((p) => p.name)
      .catch(() => ({ zh: t.serviceLineId, en: t.serviceLineId }));
    sections.push({
      contractId: t.contractId,
      contractTitle: t.contractTitle,
      vendorName: t.vendorName,
      serviceLineId: t.serviceLineId,
      lineName: { zh: lineName.zh, en: lineName.en },
      questions: q.questions,
    });
  }
  return sections;
}

export type SurveyState = 'ready' | 'answered' | 'not_open';

/** The public survey page: the round's questions, or "already answered" / "not open". */
export async function openSurvey(db: Database, registry: PluginRegistry, token: string, now: Date) {
  const { tenantId, secret } = invitationToken(token);
  return inTenant(db, { tenantId, userId: null }, async (tx) => {
    const { invitation, round } = await findInvitation(tx, tenantId, secret);
    const [tenant] = await tx
      .select({ name: tenants.name, timeZone: tenants.timeZone })
      .from(tenants)
      .where(eq(tenants.id, tenantId));
    const timeZone = tenant?.timeZone ?? 'Asia/Shanghai';
    const state: SurveyState = (await isUsed(tx, tenantId, invitation.id))
      ? 'answered'
      : acceptingAnswers(round, now, timeZone)
        ? 'ready'
        : 'not_open';
    return {
      state,
      tenantName: tenant?.name ?? '',
      round: { title: round.title, period: round.period, opensOn: round.opensOn, closesOn: round.closesOn },
      sections: state === 'ready' ? await sectionsOf(tx, tenantId, registry, round) : [],
    };
  });
}

export const MAX_TEXT_ANSWER = 1000;

export interface SubmittedAnswer {
  contractId: string;
  serviceLineId: string;
  code: string;
  value: number | boolean | string | null;
}

function checkAnswers(sections: SurveySection[], answers: SubmittedAnswer[]): SurveyAnswerRow[] {
  const errors: Record<string, string[]> = {};
  const out = new Map<string, SurveyAnswerRow>();
  answers.forEach((a, i) => {
    const section = sections.find(
      (s) => s.contractId === a.contractId && s.serviceLineId === a.serviceLineId,
    );
    const question = section?.questions.find((q) => q.code === a.code);
    if (!question) {
      errors[`answers.${i}`] = ['survey.answer_unknown_question'];
      return;
    }
    let value = a.value;
    if (typeof value === 'string' && question.type === 'text') {
      value = value.trim();
      if (value.length > MAX_TEXT_ANSWER) errors[`answers.${i}.value`] = ['survey.answer_too_long'];
      if (value === '') value = null;
    } else if (value !== null) {
      const ok =
        (question.type === 'satisfaction5' && typeof value === 'number') ||
        (question.type === 'yesno' && typeof value === 'boolean');
      if (!ok) errors[`answers.${i}.value`] = ['survey.answer_wrong_type'];
      else if (typeof value === 'number' && !(Number.isInteger(value) && value >= 1 && value <= 5)) {
        errors[`answers.${i}.value`] = ['survey.answer_out_of_range'];
      }
    }
    out.set(`${a.contractId}|${a.serviceLineId}|${a.code}`, {
      contractId: a.contractId,
      serviceLineId: a.serviceLineId,
      code: a.code,
      type: question.type,
      value,
    });
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  const rows = [...out.values()];
  if (!rows.some((r) => r.type === 'satisfaction5' && r.value !== null)) {
    throw new ValidationError({ answers: ['survey.answers_empty'] });
  }
  return rows;
}

/**
 * Stores one anonymous response for one invitation, in one transaction with the "used" mark. The mark's
 * primary key makes a second answer impossible: a retried or repeated submit is told "already received",
 * never stored twice. The response carries no invitation, user or time finer than the day.
 */
export async function submitSurvey(
  db: Database,
  registry: PluginRegistry,
  input: { token: string; answers: SubmittedAnswer[]; locale: string },
  now: Date,
): Promise<{ status: 'received' | 'already_received' }> {
  const { tenantId, secret } = invitationToken(input.token);
  return inTenant(db, { tenantId, userId: null }, async (tx) => {
    const { invitation, round } = await findInvitation(tx, tenantId, secret);
    if (await isUsed(tx, tenantId, invitation.id)) return { status: 'already_received' as const };
    const [tenant] = await tx
      .select({ timeZone: tenants.timeZone })
      .from(tenants)
      .where(eq(tenants.id, tenantId));
    const timeZone = tenant?.timeZone ?? 'Asia/Shanghai';
    if (!acceptingAnswers(round, now, timeZone)) throw new PreconditionError('survey.round_not_open');
    const answers = checkAnswers(await sectionsOf(tx, tenantId, registry, round), input.answers);
    const day = localDate(now.getTime(), timeZone);
    const [used] = await tx
      .insert(surveySubmissions)
      .values({ tenantId, invitationId: invitation.id, roundId: round.id, submittedOn: day })
      .onConflictDoNothing()
      .returning({ id: surveySubmissions.invitationId });
    if (!used) return { status: 'already_received' as const };
    await tx
      .insert(surveyResponses)
      .values({ tenantId, roundId: round.id, submittedOn: day, locale: input.locale, answers });
    await appendAudit(tx, { tenantId, userId: null }, now, {
      action: 'survey.response.submit',
      entity: 'survey_round',
      entityId: round.id,
      actorKind: 'system',
    });
    return { status: 'received' as const };
  });
}

/**
 * A poster's QR code hands each device its own one-time invitation, so "one answer per invitation" holds
 * for posters too. The device keeps its token (the page stores it), so reloading does not take another;
 * a device that clears its storage could take more — bounded by the per-IP claim limit and the round's cap.
 */
export async function claimFromPoster(db: Database, token: string, now: Date): Promise<{ token: string }> {
  const parsed = parseSurveyToken(token);
  if (parsed?.kind !== 'poster') throw new NotFoundError('survey.poster_invalid');
  const { tenantId, secret } = parsed;
  return inTenant(db, { tenantId, userId: null }, async (tx) => {
    const [round] = await tx
      .select()
      .from(surveyRounds)
      .where(
        and(
          tenantFilter(surveyRounds.tenantId, tenantId),
          eq(surveyRounds.posterToken, secret),
          eq(surveyRounds.posterEnabled, true),
        ),
      );
    if (!round) throw new NotFoundError('survey.poster_invalid');
    const [tenant] = await tx
      .select({ timeZone: tenants.timeZone })
      .from(tenants)
      .where(eq(tenants.id, tenantId));
    if (!acceptingAnswers(round, now, tenant?.timeZone ?? 'Asia/Shanghai')) {
      throw new PreconditionError('survey.round_not_open');
    }
    // The cap is checked and counted in one statement, so parallel claims cannot overshoot it.
    const [counted] = await tx
      .update(surveyRounds)
      .set({ posterIssued: sql`${surveyRounds.posterIssued} + 1` })
      .where(
        and(
          tenantFilter(surveyRounds.tenantId, tenantId),
          eq(surveyRounds.id, round.id),
          lt(surveyRounds.posterIssued, surveyRounds.posterLimit),
        ),
      )
      .returning({ id: surveyRounds.id });
    if (!counted) throw new PreconditionError('survey.poster_exhausted');
    const fresh = generateOneTimeToken();
    await tx
      .insert(surveyInvitations)
      .values({ tenantId, roundId: round.id, kind: 'poster', tokenHash: fresh.tokenHash });
    await appendAudit(tx, { tenantId, userId: null }, now, {
      action: 'survey.poster.claim',
      entity: 'survey_round',
      entityId: round.id,
      actorKind: 'system',
    });
    return { token: `${tenantId}.${fresh.token}` };
  });
}
