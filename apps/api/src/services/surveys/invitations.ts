import { generateOneTimeToken } from '@steward/auth';
import {
  localDate,
  mulberry32,
  PreconditionError,
  sampleWithoutReplacement,
  seedFromString,
} from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, asc, eq, isNull, notExists, sql } from 'drizzle-orm';
import { loadRound, type RoundRow } from './rounds.ts';

const { memberships, users, surveyInvitations, surveySubmissions, surveyReminders, surveyRounds, outbox } =
  schema;

/** The survey page reads the token from the fragment, which never reaches servers or logs. */
export const surveyLink = (origin: string, tenantId: string, token: string) =>
  `${origin}/survey#${tenantId}.${token}`;
export const posterLink = (origin: string, tenantId: string, posterToken: string) =>
  `${origin}/survey#p.${tenantId}.${posterToken}`;

/** Service recipients and liaison officers: the people who answer opinion surveys (R8). */
async function invitees(tx: Database, tenantId: string) {
  return tx
    .select({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        tenantFilter(memberships.tenantId, tenantId),
        isNull(memberships.disabledAt),
        isNull(users.disabledAt),
        sql`${memberships.roles} && array['recipient','liaison']::text[]`,
      ),
    )
    .orderBy(asc(users.id));
}

function assertNotClosed(round: RoundRow) {
  if (round.status === 'closed') throw new PreconditionError('survey.round_closed');
}

export interface GenerateInput {
  roundId: string;
  audience: 'all' | 'sample';
  sampleSize?: number | undefined;
  seed?: number | undefined;
}

/**
 * One invitation per invitee, sent through the outbox with its link. Idempotent: an invitee who already
 * has one gets no second; the sample is re-derived from the same seed and sorted ids, so a retry picks the
 * same people, and widening to 'all' later only adds the others.
 */
export async function generateInvitations(
  tx: Database,
  tenantId: string,
  origin: string,
  input: GenerateInput,
) {
  const round = await loadRound(tx, tenantId, input.roundId);
  assertNotClosed(round);
  const everyone = await invitees(tx, tenantId);
  if (everyone.length === 0) throw new PreconditionError('survey.no_invitees');
  // 31 bits: the seed is kept in an integer column.
  const seed = input.seed ?? seedFromString(round.id) >>> 1;
  const chosen =
    input.audience === 'all'
      ? everyone
      : sampleWithoutReplacement(everyone, input.sampleSize ?? everyone.length, mulberry32(seed));
  let created = 0;
  for (const person of chosen) {
    const { token, tokenHash } = generateOneTimeToken();
    const [row] = await tx
      .insert(surveyInvitations)
      .values({ tenantId, roundId: round.id, kind: 'member', userId: person.userId, tokenHash })
      .onConflictDoNothing()
      .returning({ id: surveyInvitations.id });
    if (!row) continue;
    created++;
    await tx.insert(outbox).values({
      tenantRef: tenantId,
      recipient: person.email,
      template: 'survey_invitation',
      payload: { link: surveyLink(origin, tenantId, token), title: round.title, closesOn: round.closesOn },
    });
  }
  const audience = round.audience === 'all' || input.audience === 'all' ? 'all' : 'sample';
  await tx
    .update(surveyRounds)
    .set({
      audience,
      sampleSize: audience === 'sample' ? chosen.length : null,
      sampleSeed: audience === 'sample' ? seed : null,
    })
    .where(and(tenantFilter(surveyRounds.tenantId, tenantId), eq(surveyRounds.id, round.id)));
  return { created, chosen: chosen.length, eligible: everyone.length, audience, seed };
}

/**
 * Reminds invitees who have not answered, at most once per round and day (a second call that day sends
 * nothing). Only hashes are stored, so each reminder carries a fresh link and the older one stops working.
 */
export async function sendReminders(
  tx: Database,
  tenantId: string,
  userId: string,
  now: Date,
  timeZone: string,
  origin: string,
  roundId: string,
) {
  const round = await loadRound(tx, tenantId, roundId);
  if (round.status !== 'open') throw new PreconditionError('survey.round_not_open_state');
  const day = localDate(now.getTime(), timeZone);
  const [batch] = await tx
    .insert(surveyReminders)
    .values({ tenantId, roundId, day, sent: 0, createdBy: userId })
    .onConflictDoNothing()
    .returning();
  if (!batch) return { sent: 0, alreadySentToday: true, day };
  const pending = await tx
    .select({ id: surveyInvitations.id, email: users.email })
    .from(surveyInvitations)
    .innerJoin(users, eq(users.id, surveyInvitations.userId))
    .where(
      and(
        tenantFilter(surveyInvitations.tenantId, tenantId),
        eq(surveyInvitations.roundId, roundId),
        eq(surveyInvitations.kind, 'member'),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(surveySubmissions)
            .where(
              and(
                eq(surveySubmissions.tenantId, surveyInvitations.tenantId),
                eq(surveySubmissions.invitationId, surveyInvitations.id),
              ),
            ),
        ),
      ),
    );
  for (const p of pending) {
    const { token, tokenHash } = generateOneTimeToken();
    await tx
      .update(surveyInvitations)
      .set({ tokenHash })
      .where(and(tenantFilter(surveyInvitations.tenantId, tenantId), eq(surveyInvitations.id, p.id)));
    await tx.insert(outbox).values({
      tenantRef: tenantId,
      recipient: p.email,
      template: 'survey_reminder',
      payload: { link: surveyLink(origin, tenantId, token), title: round.title, closesOn: round.closesOn },
    });
  }
  await tx
    .update(surveyReminders)
    .set({ sent: pending.length })
    .where(and(tenantFilter(surveyReminders.tenantId, tenantId), eq(surveyReminders.id, batch.id)));
  return { sent: pending.length, alreadySentToday: false, day };
}

/** Switches the round's poster on (creating its token once; reprints show the same code). */
export async function enablePoster(tx: Database, tenantId: string, roundId: string, limit?: number) {
  const round = await loadRound(tx, tenantId, roundId);
  assertNotClosed(round);
  const posterToken = round.posterToken ?? generateOneTimeToken().token;
  const [after] = await tx
    .update(surveyRounds)
    .set({ posterToken, posterEnabled: true, ...(limit ? { posterLimit: limit } : {}) })
    .where(and(tenantFilter(surveyRounds.tenantId, tenantId), eq(surveyRounds.id, roundId)))
    .returning();
  return { before: round, after: after! };
}

export async function invitationCounts(tx: Database, tenantId: string, roundId: string) {
  const [row] = await tx
    .select({
      members: sql<number>`count(*) filter (where ${surveyInvitations.kind} = 'member')::int`,
      poster: sql<number>`count(*) filter (where ${surveyInvitations.kind} = 'poster')::int`,
    })
    .from(surveyInvitations)
    .where(and(tenantFilter(surveyInvitations.tenantId, tenantId), eq(surveyInvitations.roundId, roundId)));
  const [answered] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(surveySubmissions)
    .where(and(tenantFilter(surveySubmissions.tenantId, tenantId), eq(surveySubmissions.roundId, roundId)));
  const reminders = await tx
    .select({ day: surveyReminders.day, sent: surveyReminders.sent })
    .from(surveyReminders)
    .where(and(tenantFilter(surveyReminders.tenantId, tenantId), eq(surveyReminders.roundId, roundId)))
    .orderBy(asc(surveyReminders.day));
  return { members: row?.members ?? 0, poster: row?.poster ?? 0, answered: answered?.n ?? 0, reminders };
}
