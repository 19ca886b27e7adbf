import { type Database, schema } from '@steward/db';
import { eq, sql } from 'drizzle-orm';

/**
 * The one way to change `tenants.settings`: it writes only the top-level keys it is given, merged in
 * the database (`settings || patch`). Writing back the whole object read at the start of a request
 * would erase a change another screen saved meanwhile (the calendar, the rules, the tiers…).
 */
export async function patchTenantSettings(
  tx: Database,
  tenantId: string,
  patch: Record<string, unknown>,
): Promise<void> {
  await tx
    .update(schema.tenants)
    .set({ settings: sql`${schema.tenants.settings} || ${JSON.stringify(patch)}::jsonb` })
    .where(eq(schema.tenants.id, tenantId));
}
