import { type Band, DEFAULT_CONSEQUENCE_RULES, validateBands } from '@steward/core';
import type { Database } from '@steward/db';
import type { TenantSettings } from '@steward/db/schema';
import { patchTenantSettings } from '../tenant-settings.ts';

/** Tenant settings may carry the R21 tiers; absent, the core's defaults apply. */
type WithTiers = TenantSettings & { satisfactionTiers?: Band[] };

export function tiersOf(settings: TenantSettings): Band[] {
  return (settings as WithTiers).satisfactionTiers ?? [...DEFAULT_CONSEQUENCE_RULES.satisfactionTiers];
}

export async function saveTiers(tx: Database, tenantId: string, settings: TenantSettings, tiers: Band[]) {
  const sorted = tiers.map((t) => ({ from: t.from, name: t.name.trim(), amountFen: t.amountFen }));
  validateBands(sorted, 'tiers');
  const next: WithTiers = { ...settings, satisfactionTiers: sorted };
  await patchTenantSettings(tx, tenantId, { satisfactionTiers: next.satisfactionTiers });
  return sorted;
}
