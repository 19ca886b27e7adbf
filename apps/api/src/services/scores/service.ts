import { type Permission, rowVisibleUnderGrants, vendorScope } from '@steward/access';
import { ConflictError, ForbiddenError, type Locale, NotFoundError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { userNames } from '../rectifications/people.ts';
import { assessMonth, lineageOf } from './assess.ts';
import { monthOf, monthsEndingAt } from './month.ts';

const { contracts, vendors, scoreBonuses } = schema;

export async function contractFor(ctx: SupervisionCtx, contractId: string, permission: Permission) {
  const [contract] = await ctx.tx
    .select()
    .from(contracts)
    .where(and(tenantFilter(contracts.tenantId, ctx.scope.tenantId), eq(contracts.id, contractId)));
  if (!contract) throw new NotFoundError();
  ctx.authorize(permission, { vendorId: contract.vendorId, contractId: contract.id });
  return contract;
}

export async function monthWithLineage(
  ctx: SupervisionCtx,
  contractId: string,
  month: string | undefined,
  locale: Locale,
) {
  const contract = await contractFor(ctx, contractId, 'scores.read');
  const m = month ?? monthOf(ctx.now, ctx.tenant.timeZone);
  const computed = await assessMonth(ctx.tx, ctx.tenant, contract, m, { lineage: true });
  return lineageOf(ctx.tx, ctx.scope.tenantId, computed, locale);
}

const summary = (a: Awaited<ReturnType<typeof assessMonth>>) => ({
  month: a.assessment.month,
  composite: a.assessment.composite,
  levels: Object.fromEntries(
    Object.entries(a.assessment.levels).map(([k, v]) => [k, v.status === 'scored' ? v.score : null]),
  ) as Record<'daily' | 'monthly' | 'semiannual', number | null>,
  self: a.assessment.self.status === 'scored' ? a.assessment.self.score : null,
  inputsHash: a.inputsHash,
});

/** The composite month by month; a month without activity stays "no data" (a gap, never 100 or 0). */
export async function trend(
  ctx: SupervisionCtx,
  contractId: string,
  months: number,
  last: string | undefined,
) {
  const contract = await contractFor(ctx, contractId, 'scores.read');
  const end = last ?? monthOf(ctx.now, ctx.tenant.timeZone);
  const out = [];
  for (const m of monthsEndingAt(end, months))
    out.push(summary(await assessMonth(ctx.tx, ctx.tenant, contract, m)));
  return out;
}

/** Every contract the caller may see, with its month. */
export async function overview(ctx: SupervisionCtx, month: string | undefined) {
  const m = month ?? monthOf(ctx.now, ctx.tenant.timeZone);
  const where: SQL[] = [tenantFilter(contracts.tenantId, ctx.scope.tenantId)];
  const vendor = vendorScope(ctx.principal, 'scores.read');
  if (vendor !== null) where.push(eq(contracts.vendorId, vendor));
  let rows = await ctx.tx
    .select({ contract: contracts, vendorName: vendors.legalName })
    .from(contracts)
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(...where))
    .orderBy(asc(contracts.code))
    .limit(300);
  if (ctx.decision.allowed && ctx.decision.via === 'grant-scope') {
    const grants = ctx.decision.grants;
    rows = rows.filter((r) =>
      rowVisibleUnderGrants(grants, 'scores.read', { contractId: r.contract.id }, ctx.now.getTime()),
    );
  }
  const out = [];
  for (const r of rows) {
    const a = await assessMonth(ctx.tx, ctx.tenant, r.contract, m);
    out.push({
      contractId: r.contract.id,
      code: r.contract.code,
      title: r.contract.title,
      vendorName: r.vendorName,
      status: r.contract.status,
      ...summary(a),
    });
  }
  return { month: m, contracts: out };
}

export interface BonusInput {
  contractId: string;
  month: string;
  level: 'daily' | 'monthly' | 'semiannual';
  pointsCenti: number;
  reason: string;
}

/** R20: a bonus is entered with a reason; it counts only once another person approves it. */
export async function enterBonus(ctx: SupervisionCtx, input: BonusInput) {
  await contractFor(ctx, input.contractId, 'scores.bonus');
  const [row] = await ctx.tx
    .insert(scoreBonuses)
    .values({ ...input, tenantId: ctx.scope.tenantId, enteredBy: ctx.scope.userId, enteredAt: ctx.now })
    .returning();
  await ctx.audit({ action: 'score.bonus.enter', entity: 'score_bonus', entityId: row!.id, after: input });
  return row!;
}

/** ASVS 2.3.5: whoever entered a bonus cannot approve it. A retried approval returns the approved bonus. */
export async function approveBonus(ctx: SupervisionCtx, id: string) {
  const where = and(tenantFilter(scoreBonuses.tenantId, ctx.scope.tenantId), eq(scoreBonuses.id, id));
  const [before] = await ctx.tx.select().from(scoreBonuses).where(where);
  if (!before) throw new NotFoundError();
  await contractFor(ctx, before.contractId, 'scores.approve');
  if (before.approvedBy === ctx.scope.userId) return before;
  if (before.approvedBy) throw new ConflictError('score.bonus_already_approved');
  if (before.enteredBy === ctx.scope.userId) throw new ForbiddenError('score.bonus_self_approval');
  const [after] = await ctx.tx
    .update(scoreBonuses)
    .set({ approvedBy: ctx.scope.userId, approvedAt: ctx.now })
    .where(where)
    .returning();
  await ctx.audit({
    action: 'score.bonus.approve',
    entity: 'score_bonus',
    entityId: id,
    before: { approvedBy: null },
    after: { approvedBy: ctx.scope.userId },
  });
  return after!;
}

export async function listBonuses(
  ctx: SupervisionCtx,
  filter: { contractId?: string | undefined; month?: string | undefined; pending?: boolean | undefined },
) {
  const where: SQL[] = [tenantFilter(scoreBonuses.tenantId, ctx.scope.tenantId)];
  if (filter.contractId) {
    await contractFor(ctx, filter.contractId, 'scores.read');
    where.push(eq(scoreBonuses.contractId, filter.contractId));
  }
  if (filter.month) where.push(eq(scoreBonuses.month, filter.month));
  const vendor = vendorScope(ctx.principal, 'scores.read');
  if (vendor !== null) where.push(eq(contracts.vendorId, vendor));
  let rows = await ctx.tx
    .select({ bonus: scoreBonuses, contractCode: contracts.code, contractTitle: contracts.title })
    .from(scoreBonuses)
    .innerJoin(contracts, eq(contracts.id, scoreBonuses.contractId))
    .where(and(...where))
    .orderBy(desc(scoreBonuses.month), desc(scoreBonuses.enteredAt))
    .limit(300);
  if (filter.pending) rows = rows.filter((r) => r.bonus.approvedBy === null);
  if (ctx.decision.allowed && ctx.decision.via === 'grant-scope') {
    const grants = ctx.decision.grants;
    rows = rows.filter((r) =>
      rowVisibleUnderGrants(grants, 'scores.read', { contractId: r.bonus.contractId }, ctx.now.getTime()),
    );
  }
  const names = await userNames(
    ctx.tx,
    rows.flatMap((r) => [r.bonus.enteredBy, r.bonus.approvedBy]),
  );
  return rows.map((r) => ({
    ...r.bonus,
    contractCode: r.contractCode,
    contractTitle: r.contractTitle,
    enteredByName: names.get(r.bonus.enteredBy) ?? '',
    approvedByName: r.bonus.approvedBy ? (names.get(r.bonus.approvedBy) ?? '') : null,
    mine: r.bonus.enteredBy === ctx.scope.userId,
  }));
}
