import { type Database, schema, tenantFilter } from '@steward/db';
import { and, eq, sql } from 'drizzle-orm';

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
