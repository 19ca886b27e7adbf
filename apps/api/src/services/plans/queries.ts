import { type Decision, type Principal, vendorScope } from '@steward/access';
import { addDays, type IsoDate, localDate, type WorkingCalendar } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, asc, desc, eq, gte, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import { type PlanRecord, type PlanView, planColumns, toView, visibleTo } from './view.ts';

const { inspectionPlans, contracts, vendors, sites, users } = schema;

/** What a plan query needs from the request. */
export interface PlanReader {
  tx: Database;
  tenantId: string;
  userId: string;
  principal: Principal;
  decision: Decision;
  now: Date;
  calendar: WorkingCalendar;
  registry: PluginRegistry;
}

export interface PlanFilters {
  serviceLineId?: string | undefined;
  contractId?: string | undefined;
  assigneeUserId?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
}

/** Days of overdue work "my inspections today" still lists; older ones live on the overdue list. */
export const TODAY_OVERDUE_DAYS = 14;

export function todayOf(reader: Pick<PlanReader, 'now' | 'calendar'>): IsoDate {
  return localDate(reader.now.getTime(), reader.calendar.timeZone);
}

async function select(
  reader: PlanReader,
  where: (SQL | undefined)[],
  order: 'asc' | 'desc',
  limit: number,
): Promise<PlanView[]> {
  // Contractors reach plans only through their own vendor's contracts.
  const vendor = vendorScope(reader.principal, 'plans.read');
  const rows: PlanRecord[] = await reader.tx
    .select(planColumns)
    .from(inspectionPlans)
    .innerJoin(contracts, eq(contracts.id, inspectionPlans.contractId))
    .innerJoin(vendors, eq(vendors.id, contracts.vendorId))
    .leftJoin(sites, eq(sites.id, inspectionPlans.siteId))
    .leftJoin(users, eq(users.id, inspectionPlans.assigneeUserId))
    .where(
      and(
        tenantFilter(inspectionPlans.tenantId, reader.tenantId),
        vendor ? eq(contracts.vendorId, vendor) : undefined,
        ...where,
      ),
    )
    .orderBy(
      order === 'asc' ? asc(inspectionPlans.dueOn) : desc(inspectionPlans.dueOn),
      asc(inspectionPlans.periodStart),
      asc(inspectionPlans.key),
    )
    .limit(limit);
  const visible = rows.filter(visibleTo(reader.principal, reader.decision, reader.now.getTime()));
  return toView(visible, reader.registry, reader.now.getTime(), reader.calendar);
}

function filterConditions(f: PlanFilters): (SQL | undefined)[] {
  return [
    f.serviceLineId ? eq(inspectionPlans.serviceLineId, f.serviceLineId) : undefined,
    f.contractId ? eq(inspectionPlans.contractId, f.contractId) : undefined,
    f.assigneeUserId ? eq(inspectionPlans.assigneeUserId, f.assigneeUserId) : undefined,
    f.kind ? eq(inspectionPlans.kind, f.kind) : undefined,
    f.status ? eq(inspectionPlans.status, f.status) : undefined,
  ];
}

const open = inArray(inspectionPlans.status, ['planned', 'missed']);

/** 我的今日检查: the caller's open plans that can be done today, and their overdue ones of the last days. */
export async function myInspectionsToday(reader: PlanReader) {
  const today = todayOf(reader);
  const plans = await select(
    reader,
    [
      eq(inspectionPlans.assigneeUserId, reader.userId),
      open,
      lte(inspectionPlans.periodStart, today),
      gte(inspectionPlans.dueOn, addDays(today, -TODAY_OVERDUE_DAYS)),
    ],
    'asc',
    500,
  );
  return { today, plans };
}

/** Overdue and missed plans (a planned one past its due day counts before the job marks it). */
export async function overduePlans(reader: PlanReader, filters: PlanFilters) {
  const today = todayOf(reader);
  const late = or(
    eq(inspectionPlans.status, 'missed'),
    and(eq(inspectionPlans.status, 'planned'), lt(inspectionPlans.dueOn, today)),
  );
  const plans = await select(reader, [late, ...filterConditions(filters)], 'desc', 500);
  return { today, plans };
}

/** Plans whose window overlaps [from, to]: the week or month view. */
export async function plansBetween(reader: PlanReader, from: IsoDate, to: IsoDate, filters: PlanFilters) {
  const plans = await select(
    reader,
    [gte(inspectionPlans.dueOn, from), lte(inspectionPlans.periodStart, to), ...filterConditions(filters)],
    'asc',
    3000,
  );
  return { today: todayOf(reader), from, to, plans };
}

export async function planById(reader: PlanReader, id: string): Promise<PlanView | undefined> {
  const [plan] = await select(reader, [eq(inspectionPlans.id, id)], 'asc', 1);
  return plan;
}

/**
 * The vendor's own self-inspection plans (自查), for its contractor: never a spot check or anything else.
 * `vendorId` null only for a caller not bound to a vendor.
 */
export async function selfInspectionPlans(reader: PlanReader, vendorId: string | null) {
  const today = todayOf(reader);
  const plans = await select(
    { ...reader, principal: { ...reader.principal, vendorId, roles: [] } },
    [
      eq(inspectionPlans.kind, 'self'),
      vendorId ? eq(contracts.vendorId, vendorId) : undefined,
      inArray(inspectionPlans.status, ['planned', 'missed', 'done']),
      gte(inspectionPlans.dueOn, addDays(today, -31)),
      lte(inspectionPlans.periodStart, addDays(today, 31)),
    ],
    'asc',
    500,
  );
  return { today, plans };
}
