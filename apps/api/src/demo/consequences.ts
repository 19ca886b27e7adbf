import { addDays, fromLocal, localDate, nearestWorkingDay } from '@steward/core';
import { appendAudit, type Database, schema } from '@steward/db';
import { asc, eq } from 'drizzle-orm';
import { installedPlugins } from '../plugins.ts';
import { generateBulletinContent } from '../services/bulletins/content.ts';
import { gatherContractFacts, nominalDepositFen } from '../services/consequence-engine/facts.ts';
import { postLedgerEntry } from '../services/consequence-engine/ledger.ts';
import type { Actor } from '../services/consequence-engine/persist.ts';
import { tenantCalendar } from '../services/rectifications/policy.ts';
import { monthsEndingAt, shiftMonth } from '../services/scores/month.ts';
import { DEMO_HISTORY_MONTHS } from './history-months.ts';
import { evaluateAtProposalTimes } from './proposal-times.ts';

const MEASURES =
  '一、受批评的服务企业于5个工作日内提交整改方案；\n二、监管员对未完成整改逐项跟踪复查；\n三、下月起对门岗、保洁重点区域加密巡查。';

const { tenants, contracts, bulletins } = schema;

/**
 * Issue 7 in the demo agency, after the history the other demo parts wrote: deposits received, one
 * contract whose satisfaction target puts its last two quarters below it (an early warning: a third
 * triggers a termination proposal), the engine run over everything (rewards, deductions, the exit warning
 * after a rectification failed twice, the elevator contract's coming re-tender), and a bulletin published
 * for each past month of the history.
 */
export async function seedDemoConsequences(
  tx: Database,
  input: { tenantId: string; people: Record<string, string>; now: Date },
) {
  const { tenantId, people, now } = input;
  const list = await tx
    .select()
    .from(contracts)
    .where(eq(contracts.tenantId, tenantId))
    .orderBy(asc(contracts.code));
  for (const contract of list) {
    const amount = nominalDepositFen(contract);
    if (amount > 0) {
      await postLedgerEntry(tx, tenantId, {
        contractId: contract.id,
        kind: 'received',
        amountFen: amount,
        facts: [{ type: 'contract', id: contract.id }],
        note: '合同签订时缴纳的服务保证金',
        recordedBy: people.admin ?? null,
        // Paid when the contract was signed, not when the demo was made.
        now: new Date(fromLocal(contract.startsOn, 10 * 3_600_000, 'Asia/Shanghai')),
      });
    }
  }

  // An early warning the demo can show: the target of the first contract whose last two quarters fell
  // below the one before them is set just above them (the quarter before meets it).
  let [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
  let warned: string | null = null;
  for (const contract of list) {
    const facts = await gatherContractFacts(tx, tenant!, contract, now, { months: 1 });
    const q = [...(facts.quarterlySatisfaction ?? [])].sort((a, b) => (a.period < b.period ? -1 : 1));
    if (q.length < 3) continue;
    const [third, second, last] = q.slice(-3) as [(typeof q)[0], (typeof q)[0], (typeof q)[0]];
    const target = Math.round(third.rate * 100);
    if (Math.max(second.rate, last.rate) * 100 >= target) continue;
    await tx.update(contracts).set({ satisfactionTargetBp: target }).where(eq(contracts.id, contract.id));
    warned = contract.code;
    break;
  }
  [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
  const run = await evaluateAtProposalTimes(tx, tenant!, now);

  return { ...run, warned };
}

/**
 * R18: a bulletin for every past month of the demo's history, each generated on the month's first
 * working days and published a couple of days later (last month's may still be today).
 */
export async function seedDemoBulletins(
  tx: Database,
  input: { tenantId: string; people: Record<string, string>; now: Date },
) {
  const { tenantId, people, now } = input;
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
  const audit = (event: Parameters<Actor['audit']>[0]) =>
    appendAudit(tx, { tenantId, userId: null }, now, { ...event, actorKind: 'system' });
  const calendar = tenantCalendar(tenant!);
  const thisMonth = localDate(now.getTime(), tenant!.timeZone).slice(0, 7);
  const months = monthsEndingAt(shiftMonth(thisMonth, -1), DEMO_HISTORY_MONTHS);
  for (const month of months) {
    const content = await generateBulletinContent(tx, tenant!, month, installedPlugins());
    const firstWorkingDay = nearestWorkingDay(calendar, `${shiftMonth(month, 1)}-03`);
    const publishOn = nearestWorkingDay(calendar, addDays(firstWorkingDay, 2));
    const publishedAt = new Date(
      Math.min(now.getTime(), fromLocal(publishOn, 16 * 3_600_000, tenant!.timeZone)),
    );
    const generatedAt = new Date(
      Math.min(publishedAt.getTime(), fromLocal(firstWorkingDay, 9 * 3_600_000, tenant!.timeZone)),
    );
    const [bulletin] = await tx
      .insert(bulletins)
      .values({
        tenantId,
        month,
        status: 'published',
        title: `${month.slice(0, 4)}年${Number(month.slice(5))}月后勤服务监管通报`,
        content: content as unknown as Record<string, unknown>,
        summary: `本月对${content.totals.contracts}个服务合同进行了考核，表扬${content.totals.praised}家、批评${content.totals.criticised}家，未完成整改${content.totals.openRectifications}项。`,
        measures: MEASURES,
        generatedAt,
        generatedBy: people.supervisor ?? null,
        publishedAt,
        publishedBy: people.leader ?? null,
      })
      .returning();
    await audit({ action: 'bulletin.publish', entity: 'bulletin', entityId: bulletin!.id, after: { month } });
  }
  return { months };
}
