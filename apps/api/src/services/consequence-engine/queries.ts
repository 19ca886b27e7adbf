import { rowVisibleUnderGrants, vendorScope } from '@steward/access';
import type { Locale } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { t } from '../../messages.ts';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { userNames } from '../rectifications/people.ts';
import { type BoardFilter, boardWhere } from './board-filter.ts';
import { decisionsOf, loadConsequence } from './decide.ts';

const { consequences, consequenceAppeals, consequenceWarnings, contracts, vendors, depositLedger } = schema;

const text = (key: string | null, params: unknown, locale: Locale) =>
  key ? t(key, locale, (params ?? {}) as Record<string, string | number>) : '';

type Row = typeof consequences.$inferSelect;

/**
 * The rule's sentence. Exit warnings stored before they carried a message key (issue 5's rows, and the
 * demo's) get the engine's sentence, counted from the notices they cite.
 */
const textOf = (c: Row, locale: Locale) =>
  c.messageKey || c.kind !== 'exit_warning'
    ? text(c.messageKey, c.params, locale)
    : text(
        'consequence.exit_warning',
        { failures: c.facts.filter((f) => f.type === 'rectification').length },
        locale,
      );

/**
 * The board: consequences of every kind (the engine's and the rectification service's exit warnings) with
 * their rule's text and decision progress, filtered by status, kind, contract or vendor; a vendor sees
 * only its own contracts'.
 */
export async function listWithProgress(
  ctx: SupervisionCtx,
  locale: Locale,
  filter: BoardFilter,
  permission: 'consequences.read' | 'consequences.respond',
) {
  const where = boardWhere(ctx, filter);
  const vendor = vendorScope(ctx.principal, permission);
  if (vendor !== null) where.push(eq(contracts.vendorId, vendor));
  const rows = await ctx.tx
    .select({ c: consequences, code: contracts.code, title: contracts.title, vendorName: vendors.legalName })
    .from(consequences)
    .innerJoin(contracts, eq(contracts.id, consequences.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(...where))
    .orderBy(desc(consequences.proposedAt), asc(consequences.key))
    .limit(300);
  const ids = rows.map((r) => r.c.id);
  const steps = ids.length
    ? await ctx.tx
        .select()
        .from(schema.consequenceDecisions)
        .where(
          and(
            tenantFilter(schema.consequenceDecisions.tenantId, ctx.scope.tenantId),
            inArray(schema.consequenceDecisions.consequenceId, ids),
          ),
        )
    : [];
  const appeals = ids.length
    ? await ctx.tx
        .select()
        .from(consequenceAppeals)
        .where(
          and(
            tenantFilter(consequenceAppeals.tenantId, ctx.scope.tenantId),
            inArray(consequenceAppeals.consequenceId, ids),
          ),
        )
    : [];
  const names = await userNames(ctx.tx, [
    ...steps.map((s) => s.decidedBy),
    ...rows.flatMap((r) => [r.c.proposedBy, r.c.decidedBy]),
  ]);
  return rows.map((r) => {
    const mine = steps.filter((s) => s.consequenceId === r.c.id);
    return {
      ...r.c,
      contractCode: r.code,
      contractTitle: r.title,
      vendorName: r.vendorName,
      text: textOf(r.c, locale),
      proposedByName: r.c.proposedBy ? (names.get(r.c.proposedBy) ?? '') : null,
      decidedByName: r.c.decidedBy ? (names.get(r.c.decidedBy) ?? '') : null,
      approvals: mine.filter((s) => s.step !== 'reject').length,
      steps: mine.map((s) => ({ ...s, name: names.get(s.decidedBy) ?? '' })),
      iDecided: mine.some((s) => s.decidedBy === ctx.scope.userId),
      appeal: appeals.find((a) => a.consequenceId === r.c.id) ?? null,
    };
  });
}

/** One consequence with the facts it cites, every decision step, the appeal and its ledger entries. */
export async function consequenceDetail(
  ctx: SupervisionCtx,
  id: string,
  locale: Locale,
  permission: 'consequences.read' | 'consequences.respond',
) {
  const { consequence, vendorId } = await loadConsequence(ctx, id);
  ctx.authorize(permission, { vendorId, contractId: consequence.contractId });
  const steps = await decisionsOf(ctx, id);
  const [appeal] = await ctx.tx
    .select()
    .from(consequenceAppeals)
    .where(
      and(
        tenantFilter(consequenceAppeals.tenantId, ctx.scope.tenantId),
        eq(consequenceAppeals.consequenceId, id),
      ),
    );
  const ledger = await ctx.tx
    .select()
    .from(depositLedger)
    .where(and(tenantFilter(depositLedger.tenantId, ctx.scope.tenantId), eq(depositLedger.consequenceId, id)))
    .orderBy(asc(depositLedger.seq));
  const names = await userNames(ctx.tx, [
    consequence.proposedBy,
    ...steps.map((s) => s.decidedBy),
    appeal?.filedBy,
    appeal?.resolvedBy,
  ]);
  return {
    ...consequence,
    text: textOf(consequence, locale),
    proposedByName: consequence.proposedBy ? (names.get(consequence.proposedBy) ?? '') : null,
    steps: steps.map((s) => ({ ...s, name: names.get(s.decidedBy) ?? '' })),
    appeal: appeal
      ? {
          ...appeal,
          filedByName: names.get(appeal.filedBy) ?? '',
          resolvedByName: appeal.resolvedBy ? (names.get(appeal.resolvedBy) ?? '') : null,
        }
      : null,
    ledger,
  };
}

/** Early warnings in force, for supervisors and leaders (all) or the vendor (its own contracts). */
export async function listWarnings(
  ctx: SupervisionCtx,
  locale: Locale,
  permission: 'consequences.read' | 'consequences.respond',
) {
  const where: SQL[] = [
    tenantFilter(consequenceWarnings.tenantId, ctx.scope.tenantId),
    isNull(consequenceWarnings.clearedAt),
  ];
  const vendor = vendorScope(ctx.principal, permission);
  if (vendor !== null) where.push(eq(contracts.vendorId, vendor));
  let rows = await ctx.tx
    .select({
      w: consequenceWarnings,
      code: contracts.code,
      title: contracts.title,
      vendorName: vendors.legalName,
    })
    .from(consequenceWarnings)
    .innerJoin(contracts, eq(contracts.id, consequenceWarnings.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .where(and(...where))
    .orderBy(asc(contracts.code), asc(consequenceWarnings.key))
    .limit(300);
  if (ctx.decision.allowed && ctx.decision.via === 'grant-scope') {
    const grants = ctx.decision.grants;
    rows = rows.filter((r) =>
      rowVisibleUnderGrants(grants, permission, { contractId: r.w.contractId }, ctx.now.getTime()),
    );
  }
  return rows.map((r) => ({
    ...r.w,
    contractCode: r.code,
    contractTitle: r.title,
    vendorName: r.vendorName,
    text: text(r.w.messageKey, r.w.params, locale),
  }));
}
