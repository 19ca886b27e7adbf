import { backtest, type ConsequenceRules, type ContractFacts, type EarlyWarning } from '@steward/core';
import { appendAudit, type Database, inTenant, schema, tenantFilter } from '@steward/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { installedPlugins } from '../../plugins.ts';
import { draftLastMonthsBulletin } from '../bulletins/monthly.ts';
import { gatherContractFacts } from './facts.ts';
import { type Actor, evaluate, storedKey, storeProposals, storeWarnings } from './persist.ts';
import { allOverrides, type ContractOverrides, rulesForContract, tenantRulesOf } from './rules.ts';

const { contracts, tenants } = schema;
type Tenant = typeof schema.tenants.$inferSelect;

/** The scheduled run looks at the last 12 completed months; earlier ones were proposed by earlier runs. */
export const RUN_MONTHS = 12;
/** A back-test replays up to three years. */
export const BACKTEST_MONTHS = 36;

async function contractsOf(tx: Database, tenantId: string, contractIds?: string[], activeOnly = true) {
  const where = [tenantFilter(contracts.tenantId, tenantId)];
  if (activeOnly) where.push(eq(contracts.status, 'active'));
  if (contractIds) where.push(inArray(contracts.id, contractIds));
  return tx
    .select()
    .from(contracts)
    .where(and(...where))
    .orderBy(asc(contracts.code));
}

/**
 * Issue 7: gathers each contract's facts, runs the engine with the contract's rules, and writes the
 * proposals not stored yet and the early warnings as they stand. Safe to run any number of times.
 */
export async function evaluateTenant(tx: Database, tenant: Tenant, actor: Actor, contractIds?: string[]) {
  const tenantRules = tenantRulesOf(tenant.settings);
  const overrides = await allOverrides(tx, tenant.id);
  const list = await contractsOf(tx, tenant.id, contractIds);
  const warnings: EarlyWarning[] = [];
  let proposed = 0;
  for (const contract of list) {
    const facts = await gatherContractFacts(tx, tenant, contract, actor.now, { months: RUN_MONTHS });
    const rules = rulesForContract(tenantRules, overrides.get(contract.id));
    const result = evaluate(facts, rules);
    proposed += (await storeProposals(tx, actor, result.proposals)).length;
    warnings.push(...result.warnings);
  }
  const w = await storeWarnings(
    tx,
    actor,
    list.map((c) => c.id),
    warnings,
  );
  return {
    contracts: list.length,
    proposed,
    warnings: warnings.length,
    newWarnings: w.added,
    cleared: w.cleared,
  };
}

/** The scheduled job's share for one tenant: its own transaction as the app role, audited as the system. */
export async function runTenantConsequences(db: Database, tenantId: string, now: Date) {
  return inTenant(db, { tenantId, userId: null }, async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    if (!tenant) return null;
    const actor: Actor = {
      tenantId,
      userId: null,
      now,
      audit: async (event) => {
        await appendAudit(tx, { tenantId, userId: null }, now, { ...event, actorKind: 'system' });
      },
    };
    const result = await evaluateTenant(tx, tenant, actor);
    const drafted = await draftLastMonthsBulletin(tx, tenant, actor, installedPlugins());
    return { ...result, bulletinDrafted: drafted?.month ?? null };
  });
}

/**
 * Back-testing (issue 7, peer pain point 5): a changed rule set over the tenant's past facts (three years),
 * beside what the current rules produce, before it is adopted. `contractRules`: the changed overrides of
 * some contracts (others keep theirs). Nothing is written.
 */
export async function backtestTenant(
  tx: Database,
  tenant: Tenant,
  now: Date,
  changed: { tenantRules?: ConsequenceRules; contractOverrides?: Record<string, ContractOverrides> },
  visibleContract: (c: typeof contracts.$inferSelect) => boolean = () => true,
) {
  const current = tenantRulesOf(tenant.settings);
  const proposed = changed.tenantRules ?? current;
  const overrides = await allOverrides(tx, tenant.id);
  const list = (await contractsOf(tx, tenant.id, undefined, false)).filter(visibleContract);
  const perContract: { contractId: string; code: string; before: ReturnType<typeof backtest> }[] = [];
  for (const contract of list) {
    const facts: ContractFacts = await gatherContractFacts(tx, tenant, contract, now, {
      months: BACKTEST_MONTHS,
    });
    const before = rulesForContract(current, overrides.get(contract.id));
    const after = rulesForContract(
      proposed,
      changed.contractOverrides?.[contract.id] ?? overrides.get(contract.id),
    );
    perContract.push({
      contractId: contract.id,
      code: contract.code,
      before: backtest([facts], before, after),
    });
  }
  const all = perContract.map((p) => p.before);
  const sum = (pick: (r: ReturnType<typeof backtest>) => Record<string, number>) =>
    all.reduce<Record<string, number>>((acc, r) => {
      for (const [k, v] of Object.entries(pick(r))) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {});
  const differences = perContract.flatMap((p) =>
    p.before.differences.map((d) => ({
      ...d,
      key: storedKey((d.after ?? d.before)!),
      contractId: p.contractId,
      contractCode: p.code,
    })),
  );
  return {
    contracts: list.length,
    totals: { before: sum((r) => ({ ...r.totals.before })), after: sum((r) => ({ ...r.totals.after })) },
    differences,
    before: perContract.flatMap((p) => p.before.before),
    after: perContract.flatMap((p) => p.before.after),
  };
}

/** The daily slot (tenant's local time) in which the 15-minute scheduled job also runs the engine. */
export function consequencesDue(now: Date, timeZone: string): boolean {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return Number(parts.hour) === 2 && Number(parts.minute) < 15;
}

/**
 * Called by the scheduled job for each tenant: once a day (02:00–02:15 local) the engine proposes what the
 * facts call for and refreshes early warnings. A failure is logged and never stops the plans.
 */
export async function runConsequencesIfDue(
  db: Database,
  tenantId: string,
  now: Date,
  logger: { info(m: string, f?: object): void; error(m: string, f?: object): void },
) {
  try {
    const [tenant] = await inTenant(db, { tenantId, userId: null }, (tx) =>
      tx.select({ timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, tenantId)),
    );
    if (!tenant || !consequencesDue(now, tenant.timeZone)) return null;
    const result = await runTenantConsequences(db, tenantId, now);
    logger.info('consequences evaluated', { tenantId, ...result });
    return result;
  } catch (error) {
    logger.error('consequence evaluation failed', { tenantId, error: String(error) });
    return null;
  }
}
