import { type ConsequenceRules, NotFoundError } from '@steward/core';
import { schema } from '@steward/db';
import { eq } from 'drizzle-orm';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { contractFor } from '../scores/service.ts';
import { ledgerOf, postLedgerEntry } from './ledger.ts';
import type { Actor } from './persist.ts';
import {
  appealWorkingDaysOf,
  type ContractOverrides,
  contractOverrides,
  rulesForContract,
  saveContractOverrides,
  saveTenantRules,
  tenantRulesOf,
} from './rules.ts';
import { backtestTenant, evaluateTenant } from './run.ts';

const { tenants } = schema;

const actorOf = (ctx: SupervisionCtx): Actor => ({
  tenantId: ctx.scope.tenantId,
  userId: ctx.scope.userId,
  now: ctx.now,
  audit: ctx.audit,
});

/** On demand: the engine over every active contract (or one), as the calling supervisor or leader. */
export async function evaluateNow(ctx: SupervisionCtx, contractId?: string) {
  if (contractId) await contractFor(ctx, contractId, 'consequences.evaluate');
  const result = await evaluateTenant(
    ctx.tx,
    ctx.tenant,
    actorOf(ctx),
    contractId ? [contractId] : undefined,
  );
  await ctx.audit({
    action: 'consequence.evaluate',
    entity: 'tenant',
    entityId: ctx.scope.tenantId,
    after: result,
  });
  return result;
}

export function rulesView(ctx: SupervisionCtx) {
  return {
    rules: tenantRulesOf(ctx.tenant.settings),
    appealWorkingDays: appealWorkingDaysOf(ctx.tenant.settings),
  };
}

export async function setRules(ctx: SupervisionCtx, rules: ConsequenceRules, appealWorkingDays: number) {
  const before = rulesView(ctx);
  const [fresh] = await ctx.tx.select().from(tenants).where(eq(tenants.id, ctx.scope.tenantId));
  await saveTenantRules(ctx.tx, ctx.scope.tenantId, fresh!.settings, rules, appealWorkingDays);
  await ctx.audit({
    action: 'consequence.rules',
    entity: 'tenant',
    entityId: ctx.scope.tenantId,
    before,
    after: { rules, appealWorkingDays },
  });
  return { rules, appealWorkingDays };
}

export async function contractRulesView(ctx: SupervisionCtx, contractId: string) {
  await contractFor(ctx, contractId, 'consequences.read');
  const row = await contractOverrides(ctx.tx, ctx.scope.tenantId, contractId);
  const overrides = (row?.rules ?? {}) as ContractOverrides;
  return {
    overrides,
    version: row?.version ?? 0,
    effective: rulesForContract(tenantRulesOf(ctx.tenant.settings), overrides),
  };
}

export async function setContractRules(
  ctx: SupervisionCtx,
  contractId: string,
  overrides: ContractOverrides,
) {
  await contractFor(ctx, contractId, 'consequences.rules');
  const saved = await saveContractOverrides(
    ctx.tx,
    ctx.scope,
    contractId,
    tenantRulesOf(ctx.tenant.settings),
    overrides,
    ctx.now,
  );
  await ctx.audit({
    action: 'consequence.contract_rules',
    entity: 'contract',
    entityId: contractId,
    before: saved.before,
    after: overrides,
  });
  return contractRulesView(ctx, contractId);
}

/** What a changed rule set would have produced over the tenant's past (nothing is written). */
export function runBacktest(
  ctx: SupervisionCtx,
  changed: {
    tenantRules?: ConsequenceRules | undefined;
    contractOverrides?: Record<string, ContractOverrides> | undefined;
  },
) {
  return backtestTenant(ctx.tx, ctx.tenant, ctx.now, {
    ...(changed.tenantRules ? { tenantRules: changed.tenantRules } : {}),
    ...(changed.contractOverrides ? { contractOverrides: changed.contractOverrides } : {}),
  });
}

export async function depositLedgerView(ctx: SupervisionCtx, contractId: string) {
  const contract = await contractFor(ctx, contractId, 'deposits.read');
  return {
    contractId,
    contractCode: contract.code,
    ...(await ledgerOf(ctx.tx, ctx.scope.tenantId, contractId)),
  };
}

/** R19: a deposit received or refunded (the finance side), audited; a refund never exceeds the balance. */
export async function recordDeposit(
  ctx: SupervisionCtx,
  input: { contractId: string; kind: 'received' | 'refund'; amountFen: number; note: string },
) {
  await contractFor(ctx, input.contractId, 'deposits.manage');
  const result = await postLedgerEntry(ctx.tx, ctx.scope.tenantId, {
    ...input,
    facts: [{ type: 'contract', id: input.contractId }],
    recordedBy: ctx.scope.userId,
    now: ctx.now,
  });
  if (!result.entry) throw new NotFoundError();
  await ctx.audit({
    action: `deposit.${input.kind}`,
    entity: 'deposit_ledger',
    entityId: result.entry.id,
    after: {
      contractId: input.contractId,
      amountFen: input.amountFen,
      balanceAfterFen: result.entry.balanceAfterFen,
    },
  });
  return result.entry;
}
