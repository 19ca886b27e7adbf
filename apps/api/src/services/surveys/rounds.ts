import {
  ConflictError,
  compareDates,
  localDate,
  NotFoundError,
  PreconditionError,
  quarterDays,
  ValidationError,
} from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { questionnaireForRound } from './questionnaires.ts';

const { surveyRounds, surveyRoundTargets, surveyInvitations, surveySubmissions, contracts, vendors } = schema;

export type RoundRow = typeof surveyRounds.$inferSelect;

export async function loadRound(tx: Database, tenantId: string, roundId: string): Promise<RoundRow> {
  const [row] = await tx
    .select()
    .from(surveyRounds)
    .where(and(tenantFilter(surveyRounds.tenantId, tenantId), eq(surveyRounds.id, roundId)));
  if (!row) throw new NotFoundError();
  return row;
}

/** Open, and today (in the tenant's zone) within its dates. */
export function acceptingAnswers(round: RoundRow, now: Date, timeZone: string): boolean {
  const today = localDate(now.getTime(), timeZone);
  return (
    round.status === 'open' &&
    compareDates(round.opensOn, today) <= 0 &&
    compareDates(today, round.closesOn) <= 0
  );
}

export interface CreateRoundInput {
  period: string;
  title?: string | undefined;
  opensOn?: string | undefined;
  closesOn?: string | undefined;
  targets: { contractId: string; serviceLineId: string }[];
}

/** A round in draft, pinned to the questionnaire version each of its lines has now. */
export async function createRound(
  tx: Database,
  tenantId: string,
  userId: string,
  registry: PluginRegistry,
  input: CreateRoundInput,
): Promise<RoundRow> {
  const days = quarterDays(input.period);
  const opensOn = input.opensOn ?? days.from;
  const closesOn = input.closesOn ?? days.to;
  if (compareDates(closesOn, opensOn) < 0) throw new ValidationError({ closesOn: ['survey.dates_order'] });
  const wanted = [...new Map(input.targets.map((t) => [`${t.contractId}|${t.serviceLineId}`, t])).values()];
  if (wanted.length === 0) throw new ValidationError({ targets: ['survey.targets_required'] });
  const contractRows = await tx
    .select({ id: contracts.id, serviceLineIds: contracts.serviceLineIds })
    .from(contracts)
    .where(
      and(
        tenantFilter(contracts.tenantId, tenantId),
        inArray(
          contracts.id,
          wanted.map((t) => t.contractId),
        ),
      ),
    );
  const byId = new Map(contractRows.map((c) => [c.id, c]));
  const errors: Record<string, string[]> = {};
  wanted.forEach((t, i) => {
    const c = byId.get(t.contractId);
    if (!c) errors[`targets.${i}.contractId`] = ['error.not_found'];
    else if (!c.serviceLineIds.includes(t.serviceLineId)) {
      errors[`targets.${i}.serviceLineId`] = ['survey.target_not_in_contract'];
    }
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const title = input.title?.trim() || `${input.period} 意见征求表`;
  const [round] = await tx
    .insert(surveyRounds)
    .values({ tenantId, title, period: input.period, opensOn, closesOn, createdBy: userId })
    .onConflictDoNothing()
    .returning();
  if (!round) throw new ConflictError('survey.round_exists');
  const questionnaires = new Map<string, string>();
  for (const line of new Set(wanted.map((t) => t.serviceLineId))) {
    questionnaires.set(line, (await questionnaireForRound(tx, tenantId, registry, line)).id);
  }
  await tx.insert(surveyRoundTargets).values(
    wanted.map((t) => ({
      tenantId,
      roundId: round.id,
      contractId: t.contractId,
      serviceLineId: t.serviceLineId,
      questionnaireId: questionnaires.get(t.serviceLineId)!,
    })),
  );
  return round;
}

export async function setRoundStatus(
  tx: Database,
  tenantId: string,
  roundId: string,
  to: 'open' | 'closed',
  now: Date,
): Promise<{ before: RoundRow; after: RoundRow }> {
  const before = await loadRound(tx, tenantId, roundId);
  if (to === 'open' && before.status !== 'draft') throw new PreconditionError('survey.round_not_draft');
  if (to === 'closed' && before.status === 'closed') return { before, after: before };
  if (to === 'closed' && before.status !== 'open') throw new PreconditionError('survey.round_not_open_state');
  const [after] = await tx
    .update(surveyRounds)
    .set(to === 'open' ? { status: 'open', openedAt: now } : { status: 'closed', closedAt: now })
    .where(and(tenantFilter(surveyRounds.tenantId, tenantId), eq(surveyRounds.id, roundId)))
    .returning();
  return { before, after: after! };
}

/** Rounds, newest period first, with invitation and answer counts. */
export async function listRounds(tx: Database, tenantId: string) {
  const rounds = await tx
    .select()
    .from(surveyRounds)
    .where(tenantFilter(surveyRounds.tenantId, tenantId))
    .orderBy(desc(surveyRounds.period), desc(surveyRounds.createdAt));
  const invited = await tx
    .select({ roundId: surveyInvitations.roundId, n: sql<number>`count(*)::int` })
    .from(surveyInvitations)
    .where(tenantFilter(surveyInvitations.tenantId, tenantId))
    .groupBy(surveyInvitations.roundId);
  const answered = await tx
    .select({ roundId: surveySubmissions.roundId, n: sql<number>`count(*)::int` })
    .from(surveySubmissions)
    .where(tenantFilter(surveySubmissions.tenantId, tenantId))
    .groupBy(surveySubmissions.roundId);
  const count = (list: { roundId: string; n: number }[], id: string) =>
    list.find((r) => r.roundId === id)?.n ?? 0;
  return rounds.map((r) => ({
    ...roundOut(r),
    invited: count(invited, r.id),
    answered: count(answered, r.id),
  }));
}

export function roundOut(r: RoundRow) {
  return {
    id: r.id,
    title: r.title,
    period: r.period,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    status: r.status as 'draft' | 'open' | 'closed',
    audience: r.audience as 'all' | 'sample' | null,
    sampleSize: r.sampleSize,
    posterEnabled: r.posterEnabled,
    posterLimit: r.posterLimit,
    posterIssued: r.posterIssued,
    createdAt: r.createdAt,
  };
}

/** The round's targets with contract and vendor names. */
export async function roundTargets(tx: Database, tenantId: string, roundId: string) {
  return tx
    .select({
      contractId: surveyRoundTargets.contractId,
      serviceLineId: surveyRoundTargets.serviceLineId,
      questionnaireId: surveyRoundTargets.questionnaireId,
      contractCode: contracts.code,
      contractTitle: contracts.title,
      vendorName: vendors.legalName,
      satisfactionTargetBp: contracts.satisfactionTargetBp,
    })
    .from(surveyRoundTargets)
    .innerJoin(contracts, eq(contracts.id, surveyRoundTargets.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(tenantFilter(surveyRoundTargets.tenantId, tenantId), eq(surveyRoundTargets.roundId, roundId)))
    .orderBy(asc(contracts.code), asc(surveyRoundTargets.serviceLineId));
}

/** Contracts a round can cover: active ones, with their lines. */
export async function roundOptions(tx: Database, tenantId: string) {
  return tx
    .select({
      id: contracts.id,
      code: contracts.code,
      title: contracts.title,
      vendorName: vendors.legalName,
      serviceLineIds: contracts.serviceLineIds,
      status: contracts.status,
    })
    .from(contracts)
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(tenantFilter(contracts.tenantId, tenantId), eq(contracts.status, 'active')))
    .orderBy(asc(contracts.code));
}
