import { addDays, addMonths, type IsoDate, localDate } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, eq, gt, gte, inArray, lte } from 'drizzle-orm';
import { type AssignmentFacts, buildPlans, type ContractFacts } from './build.ts';
import { spotCheckSampleSize, tenantCalendar } from './calendar.ts';
import { schedulableLines } from './lines.ts';

const { contracts, inspectionPlans, supervisorAssignments, tenants } = schema;

export interface GenerateResult {
  from: IsoDate;
  to: IsoDate;
  /** plans the cadences call for in the range */
  planned: number;
  /** of which new this run */
  inserted: number;
  /** future plans no cadence calls for any more (cadence disabled or changed, line off, contract ended): cancelled */
  withdrawn: number;
  /** enabled lines whose pinned release could not be loaded */
  unavailableLines: string[];
}

/** The default horizon: from today (the tenant's) to the end of next month. */
export function defaultHorizon(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: today, to: addDays(addMonths(`${today.slice(0, 7)}-01`, 2), -1) };
}

const CHUNK = 500;

/**
 * Generates the tenant's inspection plans over [from, to] (default: today to the end of next month) and
 * inserts the new ones. Idempotent: keys are deterministic and unique per tenant, rows already there are
 * skipped, and ON CONFLICT DO NOTHING covers two runs racing. Call inside the tenant's transaction.
 */
export async function generatePlansForTenant(
  tx: Database,
  tenantId: string,
  opts: { now: Date; registry: PluginRegistry; from?: IsoDate; to?: IsoDate },
): Promise<GenerateResult> {
  const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw new Error(`tenant ${tenantId} is not visible in this transaction`);
  const calendar = tenantCalendar(tenant);
  const horizon = defaultHorizon(localDate(opts.now.getTime(), tenant.timeZone));
  const from = opts.from ?? horizon.from;
  const to = opts.to ?? horizon.to;
  const active: ContractFacts[] = (
    await tx
      .select()
      .from(contracts)
      .where(
        and(
          tenantFilter(contracts.tenantId, tenantId),
          eq(contracts.status, 'active'),
          gte(contracts.endsOn, from),
          lte(contracts.startsOn, to),
        ),
      )
  ).map((c) => ({
    id: c.id,
    code: c.code,
    vendorId: c.vendorId,
    serviceLineIds: c.serviceLineIds,
    siteIds: c.siteIds,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
  }));
  const { lines, unavailable } = await schedulableLines(tx, tenantId, opts.registry);
  const assignments: AssignmentFacts[] = await tx
    .select({
      userId: supervisorAssignments.userId,
      serviceLineId: supervisorAssignments.serviceLineId,
      siteId: supervisorAssignments.siteId,
    })
    .from(supervisorAssignments)
    .where(tenantFilter(supervisorAssignments.tenantId, tenantId));
  const rows = buildPlans({
    tenantId,
    contracts: active,
    lines,
    assignments,
    calendar,
    from,
    to,
    spotSampleSize: spotCheckSampleSize(tenant.settings),
  });
  const existing = new Set<string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const keys = rows.slice(i, i + CHUNK).map((r) => r.key);
    const found = await tx
      .select({ key: inspectionPlans.key })
      .from(inspectionPlans)
      .where(and(tenantFilter(inspectionPlans.tenantId, tenantId), inArray(inspectionPlans.key, keys)));
    for (const f of found) existing.add(f.key);
  }
  const fresh = rows.filter((r) => !existing.has(r.key));
  let inserted = 0;
  for (let i = 0; i < fresh.length; i += CHUNK) {
    const done = await tx
      .insert(inspectionPlans)
      .values(fresh.slice(i, i + CHUNK).map((r) => ({ ...r, tenantId })))
      .onConflictDoNothing()
      .returning({ id: inspectionPlans.id });
    inserted += done.length;
  }
  const withdrawn = await withdrawStalePlans(tx, tenantId, from, to, new Set(rows.map((r) => r.key)));
  return { from, to, planned: rows.length, inserted, withdrawn, unavailableLines: unavailable };
}

/**
 * Plans not yet begun (starting after `from`) that the cadences no longer produce are cancelled, so a
 * cadence the tenant disables or changes stops showing up on phones. Started, done and missed plans stay.
 */
async function withdrawStalePlans(
  tx: Database,
  tenantId: string,
  from: IsoDate,
  to: IsoDate,
  wanted: ReadonlySet<string>,
): Promise<number> {
  const future = await tx
    .select({ id: inspectionPlans.id, key: inspectionPlans.key })
    .from(inspectionPlans)
    .where(
      and(
        tenantFilter(inspectionPlans.tenantId, tenantId),
        eq(inspectionPlans.status, 'planned'),
        gt(inspectionPlans.periodStart, from),
        lte(inspectionPlans.periodStart, to),
      ),
    );
  const stale = future.filter((p) => !wanted.has(p.key)).map((p) => p.id);
  for (let i = 0; i < stale.length; i += CHUNK) {
    await tx
      .update(inspectionPlans)
      .set({ status: 'cancelled' })
      .where(
        and(
          tenantFilter(inspectionPlans.tenantId, tenantId),
          inArray(inspectionPlans.id, stale.slice(i, i + CHUNK)),
        ),
      );
  }
  return stale.length;
}
