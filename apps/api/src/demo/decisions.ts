import { decide } from '@steward/access';
import { addWorkingDays, fromLocal, localDate } from '@steward/core';
import { appendAudit, type Database, schema } from '@steward/db';
import { and, arrayContains, asc, eq } from 'drizzle-orm';
import type { BlobStore } from '../blob/blob-store.ts';
import { fileAppeal, resolveAppeal } from '../services/consequence-engine/appeals.ts';
import { decideTwoPerson } from '../services/consequence-engine/decide.ts';
import { loadPrincipal } from '../services/principal.ts';
import type { SupervisionCtx } from '../services/rectifications/context.ts';
import { tenantCalendar } from '../services/rectifications/policy.ts';
import { isHistoric, periodClosedOn } from './proposal-times.ts';

const { consequences, contracts, memberships, users } = schema;
const HOUR = 3_600_000;
// Appeals carry no files in the demo; a store is still part of the appeal service's context.
const noBlobs: BlobStore = {
  put: async () => {
    throw new Error('the demo files no appeal evidence');
  },
  get: async () => null,
  delete: async () => {},
};

const REJECT_DEDUCTION =
  '经核实，当月扣分主要源于我局安排的配电改造期间停用部分设备，非服务企业责任，不予扣减。';
const REJECT_REWARD = '当月一起投诉经核实属实且整改拖延，本月暂不予奖励。';

/**
 * Which of the decided proposals the story varies, chosen by position so any start date gets the same
 * mix: the oldest deduction rejected (the leader knew a cause the score did not), the newest other one
 * appealed and the appeal dismissed, and one monthly reward a third of the way in rejected.
 */
function storyOf(historic: { id: string; kind: string; rule: string | null }[]) {
  const deductions = historic.filter((c) => c.kind === 'deduction');
  const rewards = historic.filter((c) => c.kind === 'reward' && c.rule === 'score_band');
  const rejected = new Map<string, string>();
  if (deductions.length > 1) rejected.set(deductions[0]!.id, REJECT_DEDUCTION);
  const reward = rewards[Math.floor(rewards.length / 3)];
  if (reward) rejected.set(reward.id, REJECT_REWARD);
  return { rejected, appealed: deductions.at(-1)?.id ?? null };
}

/**
 * Issue 7 a year in: the proposals of the months before the last two were decided as an agency would —
 * money by two people (the leader approves, the admin countersigns; the scheduled engine proposed them),
 * two rejected with the reason, one deduction appealed by the vendor and the appeal dismissed — all through
 * the decision services, so the deposit ledger holds entries linked to decisions and the audit chain has
 * every step at its time. The last two months' proposals and the exit warning still wait for the leader.
 */
export async function seedDemoDecisions(
  tx: Database,
  input: { tenantId: string; people: Record<string, string>; now: Date },
) {
  const { tenantId, people, now } = input;
  const rows = await tx
    .select({ c: consequences, vendorId: contracts.vendorId })
    .from(consequences)
    .innerJoin(contracts, eq(contracts.id, consequences.contractId))
    .where(and(eq(consequences.tenantId, tenantId), eq(consequences.status, 'proposed')))
    .orderBy(asc(consequences.proposedAt), asc(contracts.code));
  const [tenant] = await tx.select().from(schema.tenants).where(eq(schema.tenants.id, tenantId));
  const calendar = tenantCalendar(tenant!);
  const thisMonth = localDate(now.getTime(), tenant!.timeZone).slice(0, 7);
  const at = (day: string, hour: number) => new Date(fromLocal(day, hour * HOUR, tenant!.timeZone));

  // What a tenant procedure gives a service: the person's principal, checked permissions, audit at `when`.
  // Loaded once per person: the demo's people hold roles, not time-bound grants.
  const principals = new Map<string, NonNullable<Awaited<ReturnType<typeof loadPrincipal>>>>();
  const as = async (userId: string, when: Date): Promise<SupervisionCtx> => {
    const loaded = principals.get(userId) ?? (await loadPrincipal(tx, tenantId, userId))!;
    principals.set(userId, loaded);
    const scope = { tenantId, userId };
    return {
      tx,
      scope,
      now: when,
      decision: decide(loaded.principal, 'consequences.read', when.getTime()),
      authorize(needed, resource) {
        if (!decide(loaded.principal, needed, when.getTime(), resource).allowed) {
          throw new Error(`demo: ${userId} may not ${needed}`);
        }
      },
      audit: async (event) => {
        await appendAudit(tx, scope, when, event);
      },
      principal: loaded.principal,
      tenant: loaded.tenant,
    };
  };
  const tally = { approved: 0, rejected: 0, appealed: 0 };
  const historic = rows.map((r) => r.c).filter((c) => c.period && isHistoric(c.period, thisMonth));
  const vendorOf = new Map(rows.map((r) => [r.c.id, r.vendorId]));
  const story = storyOf(historic);
  for (const c of historic) {
    const proposedOn = periodClosedOn(calendar, c.period!);
    const reason = story.rejected.get(c.id);
    const leaderAt = at(addWorkingDays(calendar, proposedOn, 1), 10);
    if (reason) {
      await decideTwoPerson(await as(people.leader!, leaderAt), {
        id: c.id,
        decision: 'rejected',
        note: reason,
      });
      tally.rejected++;
      continue;
    }
    await decideTwoPerson(await as(people.leader!, leaderAt), {
      id: c.id,
      decision: 'approved',
      note: '同意，按考核结果执行。',
    });
    const adminOn = addWorkingDays(calendar, proposedOn, 2);
    if (c.approvalsRequired > 1) {
      await decideTwoPerson(await as(people.admin!, at(adminOn, 15)), {
        id: c.id,
        decision: 'approved',
        note: '复核无误，会签。',
      });
    }
    tally.approved++;
    if (c.id !== story.appealed) continue;
    // The vendor's own account (its contractor sign-in) appeals.
    const [vendorUser] = await tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.tenantId, tenantId),
          eq(memberships.vendorId, vendorOf.get(c.id)!),
          arrayContains(memberships.roles, ['contractor']),
        ),
      )
      .orderBy(asc(users.email))
      .limit(1);
    const appeal = await fileAppeal(
      { ...(await as(vendorUser!.id, at(addWorkingDays(calendar, adminOn, 2), 11))), blobs: noBlobs },
      {
        consequenceId: c.id,
        grounds: `${Number(c.period!.slice(5, 7))}月扣分所涉问题系市电检修停电所致，我司已按供电公司通知提前告知并采取措施，不应计入服务质量扣分，请予复核。`,
        evidence: [],
      },
    );
    await resolveAppeal(await as(people.leader!, at(addWorkingDays(calendar, adminOn, 5), 16)), {
      appealId: appeal.id,
      outcome: 'dismissed',
      note: '经核查，停电期间未按应急预案安排人员值守，处置超时，扣减维持。',
    });
    tally.appealed++;
  }
  return tally;
}
