import type { EarlyWarning, IsoDate, WorkingCalendar } from '@steward/core';
import { fromLocal, nearestWorkingDay } from '@steward/core';
import { appendAudit, type Database, schema } from '@steward/db';
import { and, asc, eq } from 'drizzle-orm';
import { gatherContractFacts } from '../services/consequence-engine/facts.ts';
import {
  type Actor,
  evaluate,
  storeProposals,
  storeWarnings,
} from '../services/consequence-engine/persist.ts';
import { allOverrides, rulesForContract, tenantRulesOf } from '../services/consequence-engine/rules.ts';
import { RUN_MONTHS } from '../services/consequence-engine/run.ts';
import { tenantCalendar } from '../services/rectifications/policy.ts';
import { shiftMonth } from '../services/scores/month.ts';

type Tenant = typeof schema.tenants.$inferSelect;

/** The last month of a proposal's period: a month, a quarter ('2026-Q2') or a year. */
export function periodEndMonth(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}`;
  return /^\d{4}$/.test(period) ? `${period}-12` : period.slice(0, 7);
}

/** Proposals of periods that ended before the last two months were decided by the agency a year in. */
export function isHistoric(period: string, thisMonth: string): boolean {
  return periodEndMonth(period) < shiftMonth(thisMonth, -2);
}

/** The scheduled engine proposes a period's consequences on the first working day after it ends. */
export function periodClosedOn(calendar: WorkingCalendar, period: string): IsoDate {
  return nearestWorkingDay(calendar, `${shiftMonth(periodEndMonth(period), 1)}-01`);
}

/**
 * The daily engine over the demo's year, with each proposal stored when the scheduled run would have made
 * it (09:00 on the first working day after its period; today for the current ones), oldest first, so
 * proposals, their audit entries and the deciders' notices carry those times. Same engine, same facts and
 * rules as `evaluateTenant`; warnings are as they stand today.
 */
export async function evaluateAtProposalTimes(tx: Database, tenant: Tenant, now: Date) {
  const actorAt = (when: Date): Actor => ({
    tenantId: tenant.id,
    userId: null,
    now: when,
    audit: async (event) => {
      await appendAudit(tx, { tenantId: tenant.id, userId: null }, when, { ...event, actorKind: 'system' });
    },
  });
  const calendar = tenantCalendar(tenant);
  const tenantRules = tenantRulesOf(tenant.settings);
  const overrides = await allOverrides(tx, tenant.id);
  const list = await tx
    .select()
    .from(schema.contracts)
    .where(and(eq(schema.contracts.tenantId, tenant.id), eq(schema.contracts.status, 'active')))
    .orderBy(asc(schema.contracts.code));
  const byTime = new Map<number, ReturnType<typeof evaluate>['proposals']>();
  const warnings: EarlyWarning[] = [];
  for (const contract of list) {
    const facts = await gatherContractFacts(tx, tenant, contract, now, { months: RUN_MONTHS });
    const result = evaluate(facts, rulesForContract(tenantRules, overrides.get(contract.id)));
    warnings.push(...result.warnings);
    for (const p of result.proposals) {
      const t = p.period
        ? Math.min(
            now.getTime(),
            fromLocal(periodClosedOn(calendar, p.period), 9 * 3_600_000, tenant.timeZone),
          )
        : now.getTime();
      byTime.set(t, [...(byTime.get(t) ?? []), p]);
    }
  }
  let proposed = 0;
  for (const t of [...byTime.keys()].sort((a, b) => a - b)) {
    proposed += (await storeProposals(tx, actorAt(new Date(t)), byTime.get(t)!)).length;
  }
  const ids = list.map((c) => c.id);
  const w = await storeWarnings(tx, actorAt(now), ids, warnings);
  return { contracts: list.length, proposed, warnings: warnings.length, newWarnings: w.added };
}
