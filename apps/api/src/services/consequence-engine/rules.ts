import {
  type ConsequenceRules,
  DEFAULT_CONSEQUENCE_RULES,
  NotFoundError,
  resolveConsequenceRules,
  validateConsequenceRules,
} from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { patchTenantSettings } from '../tenant-settings.ts';

const { contractConsequenceRules, contracts } = schema;

const band = z.object({
  from: z.number().min(0).max(100),
  name: z.string().trim().min(1).max(40),
  amountFen: z.number().int().min(-1_000_000_000).max(1_000_000_000),
});

/** The rules as a procedure accepts them; `validateConsequenceRules` (core) checks what zod cannot. */
export const consequenceRulesSchema = z.object({
  satisfactionTiers: z.array(band).min(1).max(12),
  scoreBands: z.array(band).min(1).max(12),
  capDeductionsAtDeposit: z.boolean(),
  exitWarningAfterFailures: z.number().int().min(1).max(10),
  partlyFixedCountsAsFailure: z.boolean(),
  terminationQuarters: z.number().int().min(1).max(12),
  terminationYears: z.number().int().min(1).max(10),
  poorFeedback: z
    .object({ minPoorRate: z.number().min(0).max(100), minResponses: z.number().int().min(1).max(100_000) })
    .nullable(),
  retenderAfterYears: z.number().int().min(1).max(20),
  retenderWarningMonths: z.number().int().min(0).max(36),
});
export const contractOverridesSchema = consequenceRulesSchema.partial();
export type ContractOverrides = z.infer<typeof contractOverridesSchema>;

type Settings = Record<string, unknown>;
/** Working days the vendor has to appeal a decided consequence (tenant setting; default 10). */
export const DEFAULT_APPEAL_WORKING_DAYS = 10;

/**
 * The tenant's rules: `settings.consequenceRules` over the core defaults; the satisfaction tiers stay where
 * the surveys keep them (`settings.satisfactionTiers`), so R21's tiers have one home.
 */
export function tenantRulesOf(settings: unknown): ConsequenceRules {
  const s = (settings ?? {}) as Settings;
  const stored = contractOverridesSchema.safeParse(s.consequenceRules ?? {});
  const own = stored.success ? stored.data : {};
  // The same key the survey results read (issue 6), so R21's tiers have one home.
  const tiers = Array.isArray(s.satisfactionTiers)
    ? (s.satisfactionTiers as ConsequenceRules['satisfactionTiers'])
    : DEFAULT_CONSEQUENCE_RULES.satisfactionTiers;
  try {
    return resolveConsequenceRules(DEFAULT_CONSEQUENCE_RULES, { ...own, satisfactionTiers: tiers });
  } catch {
    return DEFAULT_CONSEQUENCE_RULES;
  }
}

export function appealWorkingDaysOf(settings: unknown): number {
  const v = (settings as Settings | null)?.appealWorkingDays;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 60 ? v : DEFAULT_APPEAL_WORKING_DAYS;
}

export async function contractOverrides(tx: Database, tenantId: string, contractId: string) {
  const [row] = await tx
    .select()
    .from(contractConsequenceRules)
    .where(
      and(
        tenantFilter(contractConsequenceRules.tenantId, tenantId),
        eq(contractConsequenceRules.contractId, contractId),
      ),
    );
  return row ?? null;
}

/** All contracts' overrides of a tenant, by contract id. */
export async function allOverrides(tx: Database, tenantId: string) {
  const rows = await tx
    .select()
    .from(contractConsequenceRules)
    .where(tenantFilter(contractConsequenceRules.tenantId, tenantId));
  return new Map(rows.map((r) => [r.contractId, r.rules as ContractOverrides]));
}

export function rulesForContract(tenantRules: ConsequenceRules, overrides: ContractOverrides | undefined) {
  return resolveConsequenceRules(tenantRules, (overrides ?? {}) as Partial<ConsequenceRules>);
}

/** Saves the tenant's rules (validated by the core first); tiers go to the surveys' setting. */
export async function saveTenantRules(
  tx: Database,
  tenantId: string,
  settings: unknown,
  rules: ConsequenceRules,
  appealWorkingDays: number,
) {
  validateConsequenceRules(rules);
  const { satisfactionTiers, ...rest } = rules;
  const next = {
    ...(settings as Settings),
    consequenceRules: rest,
    satisfactionTiers,
    appealWorkingDays,
  };
  await patchTenantSettings(tx, tenantId, { consequenceRules: rest, satisfactionTiers, appealWorkingDays });
  return next;
}

export async function saveContractOverrides(
  tx: Database,
  scope: { tenantId: string; userId: string },
  contractId: string,
  tenantRules: ConsequenceRules,
  overrides: ContractOverrides,
  now: Date,
) {
  const [contract] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(tenantFilter(contracts.tenantId, scope.tenantId), eq(contracts.id, contractId)));
  if (!contract) throw new NotFoundError();
  // Refuse an override that would make the contract's rules invalid (e.g. bands out of order).
  rulesForContract(tenantRules, overrides);
  const before = await contractOverrides(tx, scope.tenantId, contractId);
  const [row] = await tx
    .insert(contractConsequenceRules)
    .values({
      tenantId: scope.tenantId,
      contractId,
      rules: overrides,
      updatedBy: scope.userId,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [contractConsequenceRules.tenantId, contractConsequenceRules.contractId],
      set: { rules: overrides, updatedBy: scope.userId, updatedAt: now, version: (before?.version ?? 0) + 1 },
    })
    .returning();
  return { before: before?.rules ?? null, after: row! };
}
