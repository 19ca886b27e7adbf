import { ROLE_PERMISSIONS } from '@steward/access';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, arrayOverlaps, eq, inArray, isNull, sql } from 'drizzle-orm';

const { contracts, memberships, users, outbox } = schema;

/**
 * Tells the vendor's people (contractor members bound to the contract's vendor) through the outbox, in the
 * same transaction as the change that causes it.
 */
export async function notifyVendor(
  tx: Database,
  tenantId: string,
  contractId: string,
  template: string,
  payload: Record<string, unknown>,
) {
  const people = await tx
    .select({ email: users.email, vendorId: contracts.vendorId, code: contracts.code })
    .from(contracts)
    .innerJoin(memberships, eq(memberships.vendorId, contracts.vendorId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        tenantFilter(contracts.tenantId, tenantId),
        eq(memberships.tenantId, tenantId),
        eq(contracts.id, contractId),
        sql`'contractor' = any(${memberships.roles})`,
      ),
    );
  for (const p of people) {
    await tx.insert(outbox).values({
      tenantRef: tenantId,
      recipient: p.email,
      template,
      payload: { ...payload, contractId, contractCode: p.code },
    });
  }
  return people.length;
}

/** Roles that may decide consequences, from the one role table (today: leader and admin). */
const decidingRoles = Object.entries(ROLE_PERMISSIONS)
  .filter(([, permissions]) => permissions.includes('consequences.decide'))
  .map(([role]) => role);

export interface PendingItem {
  id: string;
  kind: string;
  contractId: string;
  /** whoever proposed it may not decide it, so is not asked to */
  proposedBy: string | null;
}

/**
 * Tells the people who can decide (active members holding `consequences.decide`) that consequences wait
 * for them: one message per person per call listing every item they may decide. Callers pass only rows
 * they have just inserted (a new proposal, a new appeal), so a re-run of the daily engine, which inserts
 * nothing new, notifies nobody again. The application role may only add to the outbox, never read it.
 */
export async function notifyDeciders(
  tx: Database,
  tenantId: string,
  template: 'consequence_pending' | 'consequence_appeal_filed',
  items: PendingItem[],
) {
  if (items.length === 0) return 0;
  const people = await tx
    .select({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        tenantFilter(memberships.tenantId, tenantId),
        isNull(memberships.disabledAt),
        isNull(users.disabledAt),
        arrayOverlaps(memberships.roles, decidingRoles),
      ),
    );
  const codes = new Map(
    (
      await tx
        .select({ id: contracts.id, code: contracts.code })
        .from(contracts)
        .where(
          and(
            tenantFilter(contracts.tenantId, tenantId),
            inArray(contracts.id, [...new Set(items.map((i) => i.contractId))]),
          ),
        )
    ).map((c) => [c.id, c.code]),
  );
  let sent = 0;
  for (const person of people) {
    const mine = items.filter((i) => i.proposedBy !== person.userId);
    if (mine.length === 0) continue;
    await tx.insert(outbox).values({
      tenantRef: tenantId,
      recipient: person.email,
      template,
      payload: {
        count: mine.length,
        consequences: mine.map((i) => ({
          id: i.id,
          kind: i.kind,
          contractId: i.contractId,
          contractCode: codes.get(i.contractId) ?? '',
        })),
        path: '/outcomes?status=awaiting',
      },
    });
    sent++;
  }
  return sent;
}
