import { schema, tenantFilter } from '@steward/db';
import { and, count, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';

const { consequences, consequenceAppeals, consequenceDecisions, contracts } = schema;

export const CONSEQUENCE_STATUSES = ['proposed', 'endorsed', 'approved', 'rejected', 'withdrawn'] as const;
export const CONSEQUENCE_KINDS = [
  'reward',
  'deduction',
  'exit_warning',
  'termination',
  'retender',
  'exit',
] as const;

export interface BoardFilter {
  /** a stored status; 'open': proposed, endorsed or under appeal; 'awaiting': what the caller may decide now */
  status?: (typeof CONSEQUENCE_STATUSES)[number] | 'open' | 'awaiting' | undefined;
  kind?: (typeof CONSEQUENCE_KINDS)[number] | undefined;
  contractId?: string | undefined;
  vendorId?: string | undefined;
}

const undecided = () => inArray(consequences.status, ['proposed', 'endorsed']);

const openAppeal = () =>
  sql`exists (select 1 from ${consequenceAppeals} where ${consequenceAppeals.consequenceId} = ${consequences.id} and ${consequenceAppeals.status} = 'open')`;

/**
 * What waits for `userId`: an undecided consequence they did not propose and have not decided a step of
 * (the second approver of money or a termination must be someone else), or an open appeal against one
 * they did not propose. The same rules `decideTwoPerson` and `resolveAppeal` enforce.
 */
function awaiting(userId: string): SQL {
  const notProposer = or(isNull(consequences.proposedBy), ne(consequences.proposedBy, userId))!;
  const notDecidedByMe = sql`not exists (select 1 from ${consequenceDecisions} where ${consequenceDecisions.consequenceId} = ${consequences.id} and ${consequenceDecisions.decidedBy} = ${userId})`;
  return and(notProposer, or(and(undecided(), notDecidedByMe), openAppeal()))!;
}

/** The board's filters as conditions over consequences joined to their contract. */
export function boardWhere(ctx: SupervisionCtx, filter: BoardFilter): SQL[] {
  const where: SQL[] = [tenantFilter(consequences.tenantId, ctx.scope.tenantId)];
  if (filter.status === 'open') where.push(or(undecided(), openAppeal())!);
  else if (filter.status === 'awaiting') where.push(awaiting(ctx.scope.userId));
  else if (filter.status) where.push(eq(consequences.status, filter.status));
  if (filter.kind) where.push(eq(consequences.kind, filter.kind));
  if (filter.contractId) where.push(eq(consequences.contractId, filter.contractId));
  if (filter.vendorId) where.push(eq(contracts.vendorId, filter.vendorId));
  return where;
}

/** How many consequences (proposals and appeals) wait for the signed-in decider: the nav and home count. */
export async function awaitingCount(ctx: SupervisionCtx): Promise<number> {
  const [row] = await ctx.tx
    .select({ n: count() })
    .from(consequences)
    .innerJoin(contracts, eq(contracts.id, consequences.contractId))
    .where(and(...boardWhere(ctx, { status: 'awaiting' })));
  return row?.n ?? 0;
}
