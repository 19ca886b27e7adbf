import { type ScoringRules, withScoringRules } from '@steward/core';
import type { schema } from '@steward/db';
import { z } from 'zod';

const weightsSchema = z.object({
  daily: z.number().int().min(0),
  monthly: z.number().int().min(0),
  semiannual: z.number().int().min(0),
  self: z.number().int().min(0).default(0),
});

/**
 * R12: the contract's level weights (parts per million), else the tenant's defaults in
 * `settings.levelWeights`, else the core defaults (50 / 30 / 20, self-inspection apart).
 */
export function scoringRulesFor(
  contract: Pick<typeof schema.contracts.$inferSelect, 'weights'>,
  tenantSettings: unknown,
): { rules: ScoringRules; weightsSource: 'contract' | 'tenant' | 'default' } {
  const own = weightsSchema.safeParse(contract.weights);
  if (own.success && own.data.daily + own.data.monthly + own.data.semiannual > 0) {
    return { rules: withScoringRules({ weights: own.data }), weightsSource: 'contract' };
  }
  const tenant = weightsSchema.safeParse((tenantSettings as Record<string, unknown> | null)?.levelWeights);
  if (tenant.success && tenant.data.daily + tenant.data.monthly + tenant.data.semiannual > 0) {
    return { rules: withScoringRules({ weights: tenant.data }), weightsSource: 'tenant' };
  }
  return { rules: withScoringRules(), weightsSource: 'default' };
}
