import { type Band, DEFAULT_CONSEQUENCE_RULES, validateBands } from '@steward/core';
import { type Database, schema } from '@steward/db';
import type { TenantSettings } from '@steward/db/schema';
import { eq } from 'drizzle-orm';

const { tenants } = schema;

/** Tenant settings may carry the R21 tiers; absent, the core's defaults apply. */
type WithTiers = TenantSettings & { satisfactionTiers?: Band[] };

export function tiersOf(settings: TenantSettings): Band[] {
  return (settings as WithTiers).satisfactionTiers ?? [...DEFAULT_CONSEQUENCE_RULES.satisfactionTiers];
}

export async function saveTiers(tx: Database, tenantId: string, settings: TenantSettings, tiers: Band[]) {
  const sorted = tiers.map((t) => ({ from: t.from, name: t.name.trim(), amountFen: t.amountFen }));
  validateBands(sorted, 'tiers');
  const next: WithTiers = { ...settings, satisfactionTiers: sorted };
  await tx.update(tenants).set({ settings: next }).where(eq(tenants.id, tenantId));
  return sorted;
}
